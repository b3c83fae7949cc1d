package org.seq4j.nn.crf;

import java.util.Arrays;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A batch of emission scores copied into one Java array, with sequence lengths and (optionally) gold tags.
 *
 * <p>The ND4J input is {@code [batch, numTags, time]} (DL4J's NCW RNN layout); here it is transposed
 * to {@code [batch][time][numTags]} so that the per-step loops over tags read contiguous memory.
 * Sequences are left-aligned: the mask of row {@code b} is {@code 1} for {@code t < length[b]} and
 * {@code 0} after; anything else is rejected rather than silently misread.
 */
final class PackedSequences {

    private static final double MASK_THRESHOLD = 0.5;

    final int batch;
    final int numTags;
    final int maxTime;
    /** Emission scores, index {@code (b * maxTime + t) * numTags + k}. */
    final double[] emissions;
    /** Real length of each sequence, 0..maxTime. */
    final int[] lengths;
    /** Gold tags, index {@code b * maxTime + t}; {@code null} when decoding. */
    final int[] gold;

    private PackedSequences(int batch, int numTags, int maxTime, double[] emissions, int[] lengths, int[] gold) {
        this.batch = batch;
        this.numTags = numTags;
        this.maxTime = maxTime;
        this.emissions = emissions;
        this.lengths = lengths;
        this.gold = gold;
    }

    /**
     * Copies and validates a batch.
     *
     * @param emissions [batch, numTags, time]
     * @param mask      [batch, time] with 1 for real tokens, or {@code null} when every step is real
     * @param goldTags  [batch, time] tag indices (any numeric type), or {@code null} when decoding
     */
    static PackedSequences pack(INDArray emissions, INDArray mask, INDArray goldTags, int numTags) {
        if (emissions == null || emissions.rank() != 3 || emissions.size(1) != numTags) {
            throw new IllegalArgumentException("emissions must be [batch, " + numTags + ", time], got "
                    + (emissions == null ? "null" : Arrays.toString(emissions.shape())));
        }
        int batch = (int) emissions.size(0);
        int maxTime = (int) emissions.size(2);
        requireBatchTimeShape("mask", mask, batch, maxTime);
        requireBatchTimeShape("goldTags", goldTags, batch, maxTime);

        double[] ncw = HostArrays.toDoubles(emissions);
        double[] packed = new double[ncw.length];
        for (int b = 0; b < batch; b++) {
            for (int k = 0; k < numTags; k++) {
                int from = (b * numTags + k) * maxTime;
                for (int t = 0; t < maxTime; t++) {
                    packed[(b * maxTime + t) * numTags + k] = ncw[from + t];
                }
            }
        }
        int[] lengths = mask == null ? fullLengths(batch, maxTime) : lengthsFromMask(HostArrays.toDoubles(mask), batch, maxTime);
        int[] gold = goldTags == null ? null : HostArrays.toInts(goldTags);
        if (gold != null) {
            validateGold(gold, lengths, maxTime, numTags);
        }
        return new PackedSequences(batch, numTags, maxTime, packed, lengths, gold);
    }

    /** Offset of sequence {@code b}'s first emission in {@link #emissions}. */
    int emissionBase(int b) {
        return b * maxTime * numTags;
    }

    private static void requireBatchTimeShape(String name, INDArray array, int batch, int maxTime) {
        if (array != null && (array.rank() != 2 || array.size(0) != batch || array.size(1) != maxTime)) {
            throw new IllegalArgumentException(name + " must be [" + batch + ", " + maxTime + "], got "
                    + Arrays.toString(array.shape()));
        }
    }

    private static int[] fullLengths(int batch, int maxTime) {
        int[] lengths = new int[batch];
        Arrays.fill(lengths, maxTime);
        return lengths;
    }

    private static int[] lengthsFromMask(double[] mask, int batch, int maxTime) {
        int[] lengths = new int[batch];
        for (int b = 0; b < batch; b++) {
            int length = 0;
            while (length < maxTime && mask[b * maxTime + length] > MASK_THRESHOLD) {
                length++;
            }
            for (int t = length; t < maxTime; t++) {
                if (mask[b * maxTime + t] > MASK_THRESHOLD) {
                    throw new IllegalArgumentException("mask row " + b + " is not left-aligned: step " + t
                            + " is real after padding at step " + length);
                }
            }
            lengths[b] = length;
        }
        return lengths;
    }

    private static void validateGold(int[] gold, int[] lengths, int maxTime, int numTags) {
        for (int b = 0; b < lengths.length; b++) {
            for (int t = 0; t < lengths[b]; t++) {
                int tag = gold[b * maxTime + t];
                if (tag < 0 || tag >= numTags) {
                    throw new IllegalArgumentException("gold tag " + tag + " at batch " + b + ", time " + t
                            + " is outside 0.." + (numTags - 1));
                }
            }
        }
    }
}
