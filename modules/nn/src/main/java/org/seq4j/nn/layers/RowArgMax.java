package org.seq4j.nn.layers;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.seq4j.nn.linalg.OffHeapFloats;

/**
 * The index of the largest value in each row of a {@code [rows, classes]} matrix (the first one on
 * ties, like {@code argMax}), for greedy decoding. FLOAT matrices are copied to Java memory in one
 * native copy and scanned there: ND4J's {@code argMax(1)} measured ~1.5 ms of CPU on
 * {@code [64, 8000]}, several times the cost of the copy and the scan. Other types use ND4J.
 * Never modifies its argument.
 */
public final class RowArgMax {
    private RowArgMax() {
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
        float[] values = OffHeapFloats.toHeap(scores);
        int[] best = new int[rows];
        for (int r = 0; r < rows; r++) {
            int from = r * classes;
            int arg = 0;
            float max = values[from];
            for (int k = 1; k < classes; k++) {
                if (values[from + k] > max) {
                    max = values[from + k];
                    arg = k;
                }
            }
            best[r] = arg;
        }
        return best;
    }
}
