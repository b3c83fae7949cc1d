package org.seq4j.nn.rnn;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * Input columns of a decoder layer that stay the same at every step of a decoding run, projected
 * once: {@code b + x_fixed W_x[from:to]}, the bias plus the fixed columns' share of the input
 * projection. The context-vector decoder (Cho et al. 2014) reads {@code [E y_{t-1}; c]} at every
 * step with the same {@code c}; with the context's share computed once per run, a step multiplies
 * only the embedding columns ({@link UnidirectionalLayer#step(INDArray, FixedInput, RecurrentState)}).
 *
 * <p>Why: at the seq2seq benchmark's shapes (embedding 256, context 512, 4 x 512 gates, batch 64)
 * the context's share is two thirds of a step's input gemm, about 1.1 ms of the 3 ms that the input
 * and recurrent gemms cost per step on one core. The sum is the same up to float rounding (the
 * fixed and varying columns are added in two gemms instead of one). Fusing the varying and the
 * recurrent gemm into one ({@code [x; h] x [W_x; W_r]}) was measured too and saves about 5% of the
 * two gemms with OpenBLAS 0.3.19 and nothing with 0.3.21, while it would need a stacked copy of the
 * weights; it is not done.
 *
 * <p>Immutable; belongs to the layer that made it (its projection uses that layer's weights at the
 * time of {@link UnidirectionalLayer#fixInput}). FLOAT layers keep the projection on the Java heap;
 * other data types keep only the fixed input and rebuild the whole step input (the ND4J reference
 * path).
 */
public final class FixedInput {
    private final Object owner;
    private final int from;
    private final INDArray input;
    private final float[] projection;
    private final int projectionWidth;

    FixedInput(Object owner, int from, INDArray input, float[] projection, int projectionWidth) {
        this.owner = owner;
        this.from = from;
        this.input = input;
        this.projection = projection;
        this.projectionWidth = projectionWidth;
    }

    /** Rows (sentences, or sentences x beams). */
    public int rows() {
        return (int) input.size(0);
    }

    /** The first fixed column of the layer input. */
    public int from() {
        return from;
    }

    /** One past the last fixed column. */
    public int to() {
        return from + (int) input.size(1);
    }

    /** The fixed columns themselves, {@code [rows, to - from]} (not a copy: never write into it). */
    public INDArray input() {
        return input;
    }

    /**
     * The same fixed input for other rows: row {@code i} of the result is row {@code rows[i]} here
     * (e.g. each sentence repeated once per beam).
     */
    public FixedInput selectRows(int[] rows) {
        INDArray selected = Nd4j.pullRows(input, 1, rows);
        float[] gathered = null;
        if (projection != null) {
            gathered = new float[rows.length * projectionWidth];
            for (int i = 0; i < rows.length; i++) {
                System.arraycopy(projection, rows[i] * projectionWidth, gathered, i * projectionWidth, projectionWidth);
            }
        }
        return new FixedInput(owner, from, selected, gathered, projectionWidth);
    }

    /** The whole layer input of a step: {@code varying} with the fixed columns inserted (the ND4J reference path). */
    INDArray wholeInput(INDArray varying) {
        long width = varying.size(1);
        List<INDArray> parts = new ArrayList<>(3);
        if (from > 0) {
            parts.add(varying.get(NDArrayIndex.all(), NDArrayIndex.interval(0, from)));
        }
        parts.add(input);
        if (width > from) {
            parts.add(varying.get(NDArrayIndex.all(), NDArrayIndex.interval(from, width)));
        }
        return parts.size() == 1 ? input.dup('c') : Nd4j.concat(1, parts.toArray(INDArray[]::new));
    }

    /** {@code b + x_fixed W_x[from:to]}, {@code rows * G*H} row-major, or null for non-FLOAT layers. */
    float[] projection() {
        return projection;
    }

    /** Fails unless this was made by {@code layer} for {@code rows} rows. */
    void check(Object layer, long rows) {
        if (owner != layer) {
            throw new IllegalArgumentException("this fixed input was made by another layer");
        }
        if (rows != rows()) {
            throw new IllegalArgumentException("fixed input has " + rows() + " rows, the step input " + rows);
        }
    }

    @Override
    public String toString() {
        return "FixedInput[columns " + from + ".." + to() + ", shape " + Arrays.toString(input.shape()) + "]";
    }
}
