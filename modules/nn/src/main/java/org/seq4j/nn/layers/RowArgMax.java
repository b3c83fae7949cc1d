package org.seq4j.nn.layers;

import org.bytedeco.javacpp.FloatPointer;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.seq4j.nn.linalg.OffHeapFloats;

/**
 * The index of the largest value in each row of a {@code [rows, classes]} matrix (the first one on
 * ties, like {@code argMax}), for greedy decoding. FLOAT matrices are scanned in Java, one row at a
 * time copied into a row-sized buffer: ND4J's {@code argMax(1)} measured ~1.5 ms of CPU on
 * {@code [64, 8000]}, the scan ~0.2 ms. Other types use ND4J.
 * Never modifies its argument.
 */
public final class RowArgMax {
    private RowArgMax() {
    }

    private static boolean dense(INDArray x) {
        return x.ordering() == 'c' && org.nd4j.linalg.api.shape.Shape.hasDefaultStridesForShape(x);
    }

    /** Row-wise argmax of {@code scores [rows, classes]}. */
    public static int[] of(INDArray scores) {
        if (scores.rank() != 2) {
            throw new IllegalArgumentException("scores must be [rows, classes], got rank " + scores.rank());
        }
        int rows = (int) scores.size(0);
        int classes = (int) scores.size(1);
        if (scores.dataType() != DataType.FLOAT) {
            return scores.argMax(1).toIntVector();
        }
        if (!dense(scores)) {
            scores = scores.dup('c');
        }
        FloatPointer base = OffHeapFloats.pointer(scores);
        float[] row = new float[classes];
        int[] best = new int[rows];
        for (int r = 0; r < rows; r++) {
            OffHeapFloats.read(base, (long) r * classes, row, 0, classes);
            int arg = 0;
            float max = row[0];
            for (int k = 1; k < classes; k++) {
                if (row[k] > max) {
                    max = row[k];
                    arg = k;
                }
            }
            best[r] = arg;
        }
        return best;
    }
}
