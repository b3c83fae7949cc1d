package org.seq4j.nn.rnn;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A {@code [batch, time]} padding mask read once to the host: sequence lengths, whether a step has
 * any padding (steps without padding skip all masking work), and per-step {@code [batch, 1]} mask
 * columns plus one time-major {@code [time*batch, 1]} column for whole-sequence operations.
 */
final class SequenceMask {
    private final int time;
    private final int batch;
    private final int[] lengths;
    private final boolean[] padded;
    private final INDArray[] keep;
    private final INDArray[] carry;
    private final INDArray flat;

    private SequenceMask(int time, int batch, int[] lengths, DataType dataType) {
        this.time = time;
        this.batch = batch;
        this.lengths = lengths;
        this.padded = new boolean[time];
        this.keep = new INDArray[time];
        this.carry = new INDArray[time];
        boolean any = false;
        double[] flatValues = new double[time * batch];
        for (int t = 0; t < time; t++) {
            double[] column = new double[batch];
            for (int b = 0; b < batch; b++) {
                column[b] = t < lengths[b] ? 1 : 0;
                flatValues[t * batch + b] = column[b];
                padded[t] |= column[b] == 0;
            }
            if (padded[t]) {
                any = true;
                keep[t] = Nd4j.create(column, new long[] {batch, 1}, dataType);
                carry[t] = keep[t].rsub(1.0);
            }
        }
        this.flat = any ? Nd4j.create(flatValues, new long[] {(long) time * batch, 1}, dataType) : null;
    }

    /** Reads {@code mask} (null: every step real) and checks it is 0/1 and left-aligned. */
    static SequenceMask of(INDArray mask, int time, int batch, DataType dataType) {
        int[] lengths = new int[batch];
        if (mask == null) {
            java.util.Arrays.fill(lengths, time);
            return new SequenceMask(time, batch, lengths, dataType);
        }
        if (mask.rank() != 2 || mask.size(0) != batch || mask.size(1) != time) {
            throw new IllegalArgumentException("mask must be [batch=" + batch + ", time=" + time + "], got "
                    + java.util.Arrays.toString(mask.shape()));
        }
        double[][] values = mask.toDoubleMatrix();
        for (int b = 0; b < batch; b++) {
            int length = 0;
            while (length < time && values[b][length] != 0) {
                length++;
            }
            for (int t = 0; t < time; t++) {
                double v = values[b][t];
                if ((t < length && v != 1) || (t >= length && v != 0)) {
                    throw new IllegalArgumentException("mask row " + b + " must be 1s then 0s (left-aligned), got "
                            + v + " at step " + t);
                }
            }
            lengths[b] = length;
        }
        return new SequenceMask(time, batch, lengths, dataType);
    }

    int time() {
        return time;
    }

    int batch() {
        return batch;
    }

    int length(int sequence) {
        return lengths[sequence];
    }

    boolean anyPadding() {
        return flat != null;
    }

    /** True when some sequence is padding at step {@code t}. */
    boolean paddedAt(int t) {
        return padded[t];
    }

    /** {@code [batch, 1]}: 1 where step t is real; only for padded steps. */
    INDArray keep(int t) {
        return keep[t];
    }

    /** {@code [batch, 1]}: 1 where step t is padding; only for padded steps. */
    INDArray carry(int t) {
        return carry[t];
    }

    /** {@code [time*batch, 1]} time-major mask, or null without padding. */
    INDArray flat() {
        return flat;
    }
}
