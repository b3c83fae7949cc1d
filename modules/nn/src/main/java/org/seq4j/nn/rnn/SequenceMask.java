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
    private final boolean anyPadding;
    private final DataType dataType;
    private INDArray[] keep;
    private INDArray[] carry;
    private INDArray flat;

    private SequenceMask(int time, int batch, int[] lengths, DataType dataType) {
        this.time = time;
        this.batch = batch;
        this.lengths = lengths;
        this.dataType = dataType;
        this.padded = new boolean[time];
        boolean any = false;
        for (int t = 0; t < time; t++) {
            for (int b = 0; b < batch; b++) {
                padded[t] |= t >= lengths[b];
            }
            any |= padded[t];
        }
        this.anyPadding = any;
    }

    /**
     * The ND4J mask columns, built on first use: the float host loops only need the lengths, and
     * building them costs three ND4J calls per padded step.
     */
    private synchronized void buildColumns() {
        if (keep != null) {
            return;
        }
        INDArray[] keepColumns = new INDArray[time];
        INDArray[] carryColumns = new INDArray[time];
        double[] flatValues = new double[time * batch];
        for (int t = 0; t < time; t++) {
            double[] column = new double[batch];
            for (int b = 0; b < batch; b++) {
                column[b] = t < lengths[b] ? 1 : 0;
                flatValues[t * batch + b] = column[b];
            }
            if (padded[t]) {
                keepColumns[t] = Nd4j.create(column, new long[] {batch, 1}, dataType);
                carryColumns[t] = keepColumns[t].rsub(1.0);
            }
        }
        flat = anyPadding ? Nd4j.create(flatValues, new long[] {(long) time * batch, 1}, dataType) : null;
        carry = carryColumns;
        keep = keepColumns;
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
        // One bulk copy: toDoubleMatrix() reads row by row, ~30 us per row (a 1,000-word char batch: 30 ms).
        double[] values = mask.castTo(DataType.DOUBLE).dup('c').data().asDouble();
        for (int b = 0; b < batch; b++) {
            int length = 0;
            while (length < time && values[b * time + length] != 0) {
                length++;
            }
            for (int t = 0; t < time; t++) {
                double v = values[b * time + t];
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
        return anyPadding;
    }

    /** True when sequence {@code b} is padding at step {@code t}. */
    boolean paddedAt(int t, int b) {
        return t >= lengths[b];
    }

    /** True when some sequence is padding at step {@code t}. */
    boolean paddedAt(int t) {
        return padded[t];
    }

    /** {@code [batch, 1]}: 1 where step t is real; only for padded steps. */
    INDArray keep(int t) {
        buildColumns();
        return keep[t];
    }

    /** {@code [batch, 1]}: 1 where step t is padding; only for padded steps. */
    INDArray carry(int t) {
        buildColumns();
        return carry[t];
    }

    /** {@code [time*batch, 1]} time-major mask, or null without padding. */
    INDArray flat() {
        buildColumns();
        return flat;
    }
}
