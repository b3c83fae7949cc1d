package org.seq4j.nn.layers;

import org.bytedeco.javacpp.FloatPointer;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.seq4j.nn.linalg.OffHeapFloats;

/**
 * Writes a bias vector into every row of a new FLOAT matrix, through a Java chunk of repeated
 * rows, so a following gemm can add its product with {@code beta = 1}. Chunks keep the Java copy
 * small for wide outputs and the number of native copies small for narrow ones.
 */
final class BiasRows {
    /** Floats per native copy: large enough to amortise the call, small enough to stay in cache. */
    private static final int CHUNK_FLOATS = 1 << 16;

    private BiasRows() {
    }

    /** {@code target [rows, n]} (dense, row-major, FLOAT) gets {@code bias [n]} in every row. */
    static void fill(INDArray bias, INDArray target) {
        float[] row = OffHeapFloats.toHeap(bias);
        int n = row.length;
        long rows = target.size(0);
        int chunkRows = (int) Math.max(1, Math.min(rows, CHUNK_FLOATS / Math.max(1, n)));
        float[] chunk = new float[chunkRows * n];
        for (int r = 0; r < chunkRows; r++) {
            System.arraycopy(row, 0, chunk, r * n, n);
        }
        FloatPointer base = OffHeapFloats.pointer(target);
        for (long r = 0; r < rows; r += chunkRows) {
            int count = (int) Math.min(chunkRows, rows - r);
            OffHeapFloats.write(chunk, 0, base, r * n, count * n);
        }
    }
}
