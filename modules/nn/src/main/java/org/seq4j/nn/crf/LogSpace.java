package org.seq4j.nn.crf;

/** Numerically stable log-space arithmetic on slices of Java arrays. */
final class LogSpace {

    private LogSpace() {
    }

    /** Maximum of {@code values[offset .. offset+count)}. */
    static double max(double[] values, int offset, int count) {
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < count; i++) {
            max = Math.max(max, values[offset + i]);
        }
        return max;
    }

    /** {@code log sum_i exp(a[i] + b[i])} over {@code count} entries, shifted by the maximum term. */
    static double logSumExpOfSums(double[] a, int aOffset, double[] b, int bOffset, int bStride, int count) {
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < count; i++) {
            max = Math.max(max, a[aOffset + i] + b[bOffset + i * bStride]);
        }
        if (max == Double.NEGATIVE_INFINITY) {
            return max;
        }
        double sum = 0;
        for (int i = 0; i < count; i++) {
            sum += Math.exp(a[aOffset + i] + b[bOffset + i * bStride] - max);
        }
        return max + Math.log(sum);
    }

    /** The shift used for a set of exponents: their maximum, or 0 when all are -infinity. */
    static double finiteShift(double max) {
        return Double.isInfinite(max) ? 0 : max;
    }
}
