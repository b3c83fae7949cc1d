package org.seq4j.nn.crf;

/**
 * Batched Viterbi decoding on Java arrays: {@code delta_t(j) = e_t(j) + max_i(delta_{t-1}(i) + T(i,j))},
 * with forbidden transitions, starts and ends scored {@code -infinity}. Transitions are stored
 * transposed so the inner loop over the previous tag reads contiguous memory. If the constraints
 * forbid every path of a sequence, that sequence is decoded without them rather than returning an
 * arbitrary path.
 */
final class ViterbiDecoder {

    private final int numTags;
    private final double[] transposedTransitions;
    private final double[] start;
    private final double[] end;
    private final ViterbiDecoder unconstrained;

    ViterbiDecoder(double[] transitions, double[] start, double[] end, int numTags, TransitionConstraints constraints) {
        this.numTags = numTags;
        this.transposedTransitions = new double[numTags * numTags];
        this.start = new double[numTags];
        this.end = new double[numTags];
        boolean constrained = false;
        for (int i = 0; i < numTags; i++) {
            for (int j = 0; j < numTags; j++) {
                boolean ok = constraints == null || constraints.isAllowed(i, j);
                constrained |= !ok;
                transposedTransitions[j * numTags + i] = ok ? transitions[i * numTags + j] : Double.NEGATIVE_INFINITY;
            }
            boolean startOk = constraints == null || constraints.isAllowedStart(i);
            boolean endOk = constraints == null || constraints.isAllowedEnd(i);
            constrained |= !startOk || !endOk;
            this.start[i] = startOk ? start[i] : Double.NEGATIVE_INFINITY;
            this.end[i] = endOk ? end[i] : Double.NEGATIVE_INFINITY;
        }
        this.unconstrained = constrained ? new ViterbiDecoder(transitions, start, end, numTags, null) : null;
    }

    int[][] decode(PackedSequences batch) {
        int[][] paths = new int[batch.batch][];
        int[] backPointers = new int[batch.maxTime * numTags];
        double[] delta = new double[numTags];
        double[] next = new double[numTags];
        for (int b = 0; b < batch.batch; b++) {
            paths[b] = decodeOne(batch, b, backPointers, delta, next);
        }
        return paths;
    }

    private int[] decodeOne(PackedSequences batch, int b, int[] backPointers, double[] delta, double[] next) {
        int k = numTags;
        int length = batch.lengths[b];
        if (length == 0) {
            return new int[0];
        }
        double[] e = batch.emissions;
        int eBase = batch.emissionBase(b);
        for (int j = 0; j < k; j++) {
            delta[j] = start[j] + e[eBase + j];
        }
        for (int t = 1; t < length; t++) {
            for (int j = 0; j < k; j++) {
                int column = j * k;
                double best = Double.NEGATIVE_INFINITY;
                int argBest = 0;
                for (int i = 0; i < k; i++) {
                    double score = delta[i] + transposedTransitions[column + i];
                    if (score > best) {
                        best = score;
                        argBest = i;
                    }
                }
                next[j] = best + e[eBase + t * k + j];
                backPointers[t * k + j] = argBest;
            }
            System.arraycopy(next, 0, delta, 0, k);
        }
        double best = Double.NEGATIVE_INFINITY;
        int last = -1;
        for (int j = 0; j < k; j++) {
            double score = delta[j] + end[j];
            if (score > best) {
                best = score;
                last = j;
            }
        }
        if (last < 0) {
            return unconstrained != null ? unconstrained.decodeOne(batch, b, backPointers, delta, next) : new int[length];
        }
        int[] path = new int[length];
        path[length - 1] = last;
        for (int t = length - 1; t > 0; t--) {
            path[t - 1] = backPointers[t * k + path[t]];
        }
        return path;
    }
}
