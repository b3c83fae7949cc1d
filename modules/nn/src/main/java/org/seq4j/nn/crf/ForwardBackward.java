package org.seq4j.nn.crf;

import java.util.Arrays;

/**
 * Forward-backward for a linear-chain CRF on Java arrays: log-partition, gold-path score, and the
 * analytic gradient of {@code log Z - score(gold)} from the unary and pairwise marginals.
 *
 * <p>Math, for one sequence of length {@code L} with emissions {@code e_t(j)}, transitions
 * {@code T(i,j)}, start {@code s} and end {@code n}:
 * <pre>
 *   alpha_0(j) = s(j) + e_0(j)
 *   alpha_t(j) = e_t(j) + logsumexp_i(alpha_{t-1}(i) + T(i,j))
 *   beta_{L-1}(i) = n(i)
 *   beta_t(i)  = logsumexp_j(T(i,j) + e_{t+1}(j) + beta_{t+1}(j))
 *   log Z      = logsumexp_j(alpha_{L-1}(j) + n(j))
 *   gamma_t(j) = exp(alpha_t(j) + beta_t(j) - log Z)                       (unary marginal)
 *   xi_t(i,j)  = exp(alpha_{t-1}(i) + T(i,j) + e_t(j) + beta_t(j) - log Z)  (pairwise marginal)
 *   dNLL/de_t(j) = gamma_t(j) - [y_t = j]      dNLL/dT(i,j) = sum_t xi_t(i,j) - #(y_{t-1}=i, y_t=j)
 *   dNLL/ds(j)   = gamma_0(j) - [y_0 = j]      dNLL/dn(j)   = gamma_{L-1}(j) - [y_{L-1} = j]
 * </pre>
 *
 * <p>Why the log-sum-exp is factorised: computed term by term, each step needs {@code K^2} calls to
 * {@code exp}, which dominate the cost (50 tags: 2,500 per step). The shift of the log-sum-exp is
 * instead split into the maximum of {@code alpha_{t-1}} and a per-column maximum of {@code T}, so
 * {@code logsumexp_i(alpha(i) + T(i,j)) = m + tau_j + log sum_i exp(alpha(i) - m) exp(T(i,j) - tau_j)}:
 * a {@code K x K} multiply-add with precomputed {@code exp(T - tau)} and only {@code K} exps and logs per
 * step. Every term is at most 1, so nothing overflows; if a column sum underflows to zero (only
 * possible when transition scores span more than ~700), that entry is recomputed term by term.
 * The pairwise marginals use the same factorisation. All arithmetic is in double precision.
 */
final class ForwardBackward {

    private final int numTags;
    private final double[] transitions;
    private final double[] start;
    private final double[] end;
    /** {@code tau_j = max_i T(i,j)}. */
    private final double[] columnShift;
    /** {@code exp(T(i,j) - tau_j)}, index {@code i * K + j}. */
    private final double[] expByColumn;
    /** {@code rho_i = max_j T(i,j)}. */
    private final double[] rowShift;
    /** {@code exp(T(i,j) - rho_i)}, index {@code i * K + j}. */
    private final double[] expByRow;

    ForwardBackward(double[] transitions, double[] start, double[] end, int numTags) {
        this.numTags = numTags;
        this.transitions = transitions;
        this.start = start;
        this.end = end;
        this.columnShift = new double[numTags];
        this.rowShift = new double[numTags];
        this.expByColumn = new double[numTags * numTags];
        this.expByRow = new double[numTags * numTags];
        Arrays.fill(columnShift, Double.NEGATIVE_INFINITY);
        for (int i = 0; i < numTags; i++) {
            rowShift[i] = LogSpace.finiteShift(LogSpace.max(transitions, i * numTags, numTags));
            for (int j = 0; j < numTags; j++) {
                columnShift[j] = Math.max(columnShift[j], transitions[i * numTags + j]);
            }
        }
        for (int j = 0; j < numTags; j++) {
            columnShift[j] = LogSpace.finiteShift(columnShift[j]);
        }
        for (int i = 0; i < numTags; i++) {
            for (int j = 0; j < numTags; j++) {
                double score = transitions[i * numTags + j];
                expByColumn[i * numTags + j] = Math.exp(score - columnShift[j]);
                expByRow[i * numTags + j] = Math.exp(score - rowShift[i]);
            }
        }
    }

    /**
     * Sum over the batch of {@code log Z - score(gold)}; when {@code gradient} is not null, also adds the
     * (unscaled, summed over the batch) gradient into it.
     */
    double run(PackedSequences batch, GradientArrays gradient) {
        int k = numTags;
        double[] alpha = new double[batch.maxTime * k];
        double[] beta = new double[batch.maxTime * k];
        Workspace work = new Workspace(k);
        double total = 0;
        for (int b = 0; b < batch.batch; b++) {
            int length = batch.lengths[b];
            if (length == 0) {
                continue;
            }
            int eBase = batch.emissionBase(b);
            double logZ = forward(batch.emissions, eBase, length, alpha, work);
            total += logZ - goldScore(batch, b);
            if (gradient != null) {
                backward(batch.emissions, eBase, length, beta, work);
                addGradient(batch, b, alpha, beta, logZ, gradient, work);
            }
        }
        return total;
    }

    private double forward(double[] e, int eBase, int length, double[] alpha, Workspace work) {
        int k = numTags;
        for (int j = 0; j < k; j++) {
            alpha[j] = start[j] + e[eBase + j];
        }
        for (int t = 1; t < length; t++) {
            int prev = (t - 1) * k;
            int cur = t * k;
            double shift = LogSpace.finiteShift(LogSpace.max(alpha, prev, k));
            double[] sums = work.sums;
            Arrays.fill(sums, 0);
            for (int i = 0; i < k; i++) {
                double weight = Math.exp(alpha[prev + i] - shift);
                if (weight == 0) {
                    continue;
                }
                int row = i * k;
                for (int j = 0; j < k; j++) {
                    sums[j] += weight * expByColumn[row + j];
                }
            }
            for (int j = 0; j < k; j++) {
                double lse = sums[j] > 0
                        ? shift + columnShift[j] + Math.log(sums[j])
                        : LogSpace.logSumExpOfSums(alpha, prev, transitions, j, k, k);
                alpha[cur + j] = e[eBase + cur + j] + lse;
            }
        }
        return LogSpace.logSumExpOfSums(alpha, (length - 1) * k, end, 0, 1, k);
    }

    private void backward(double[] e, int eBase, int length, double[] beta, Workspace work) {
        int k = numTags;
        System.arraycopy(end, 0, beta, (length - 1) * k, k);
        double[] next = work.next;
        double[] weights = work.weights;
        for (int t = length - 2; t >= 0; t--) {
            int nxt = (t + 1) * k;
            for (int j = 0; j < k; j++) {
                next[j] = e[eBase + nxt + j] + beta[nxt + j];
            }
            double shift = LogSpace.finiteShift(LogSpace.max(next, 0, k));
            for (int j = 0; j < k; j++) {
                weights[j] = Math.exp(next[j] - shift);
            }
            for (int i = 0; i < k; i++) {
                int row = i * k;
                double sum = 0;
                for (int j = 0; j < k; j++) {
                    sum += expByRow[row + j] * weights[j];
                }
                beta[t * k + i] = sum > 0
                        ? shift + rowShift[i] + Math.log(sum)
                        : LogSpace.logSumExpOfSums(transitions, row, next, 0, 1, k);
            }
        }
    }

    private double goldScore(PackedSequences batch, int b) {
        int k = numTags;
        int eBase = batch.emissionBase(b);
        int gBase = b * batch.maxTime;
        int previous = batch.gold[gBase];
        double score = start[previous] + batch.emissions[eBase + previous];
        for (int t = 1; t < batch.lengths[b]; t++) {
            int tag = batch.gold[gBase + t];
            score += transitions[previous * k + tag] + batch.emissions[eBase + t * k + tag];
            previous = tag;
        }
        return score + end[previous];
    }

    private void addGradient(PackedSequences batch, int b, double[] alpha, double[] beta, double logZ,
                             GradientArrays gradient, Workspace work) {
        int k = numTags;
        int length = batch.lengths[b];
        int maxTime = batch.maxTime;
        int eBase = batch.emissionBase(b);
        int gBase = b * maxTime;
        for (int t = 0; t < length; t++) {
            for (int j = 0; j < k; j++) {
                double marginal = Math.exp(alpha[t * k + j] + beta[t * k + j] - logZ);
                gradient.emissions[(b * k + j) * maxTime + t] = marginal;
                if (t == 0) {
                    gradient.start[j] += marginal;
                }
                if (t == length - 1) {
                    gradient.end[j] += marginal;
                }
            }
            int tag = batch.gold[gBase + t];
            gradient.emissions[(b * k + tag) * maxTime + t] -= 1;
        }
        gradient.start[batch.gold[gBase]] -= 1;
        gradient.end[batch.gold[gBase + length - 1]] -= 1;
        for (int t = 1; t < length; t++) {
            addPairwiseMarginals(batch.emissions, eBase + t * k, alpha, (t - 1) * k, beta, t * k, logZ,
                    gradient.transitions, work);
            gradient.transitions[batch.gold[gBase + t - 1] * k + batch.gold[gBase + t]] -= 1;
        }
    }

    /** Adds {@code xi_t(i,j)} to {@code out[i*K+j]} using the factorised form, term by term if that overflows. */
    private void addPairwiseMarginals(double[] e, int eOffset, double[] alpha, int prev, double[] beta, int cur,
                                      double logZ, double[] out, Workspace work) {
        int k = numTags;
        double shift = LogSpace.finiteShift(LogSpace.max(alpha, prev, k));
        double[] right = work.weights;
        boolean finite = true;
        for (int j = 0; j < k; j++) {
            right[j] = Math.exp(e[eOffset + j] + beta[cur + j] + shift + columnShift[j] - logZ);
            finite &= Double.isFinite(right[j]);
        }
        for (int i = 0; i < k; i++) {
            int row = i * k;
            if (finite) {
                double left = Math.exp(alpha[prev + i] - shift);
                if (left == 0) {
                    continue;
                }
                for (int j = 0; j < k; j++) {
                    out[row + j] += left * expByColumn[row + j] * right[j];
                }
            } else {
                for (int j = 0; j < k; j++) {
                    out[row + j] += Math.exp(alpha[prev + i] + transitions[row + j] + e[eOffset + j] + beta[cur + j] - logZ);
                }
            }
        }
    }

    /** Gradient accumulators; emissions in the caller's {@code [batch, numTags, time]} layout. */
    record GradientArrays(double[] emissions, double[] transitions, double[] start, double[] end) {

        static GradientArrays zeros(int batch, int numTags, int maxTime) {
            return new GradientArrays(new double[batch * numTags * maxTime], new double[numTags * numTags],
                    new double[numTags], new double[numTags]);
        }

        void scale(double factor) {
            for (double[] array : new double[][] {emissions, transitions, start, end}) {
                for (int i = 0; i < array.length; i++) {
                    array[i] *= factor;
                }
            }
        }
    }

    /** Per-call scratch vectors of length K. */
    private static final class Workspace {
        final double[] sums;
        final double[] next;
        final double[] weights;

        Workspace(int numTags) {
            sums = new double[numTags];
            next = new double[numTags];
            weights = new double[numTags];
        }
    }
}
