package org.seq4j.nn.crf;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A linear-chain conditional random field over {@code numTags} tags, on top of per-token emission
 * scores from a network (DL4J has no CRF layer).
 *
 * <p>Shapes: emissions {@code [batch, numTags, time]} — DL4J's NCW RNN layout, so the output of an
 * RNN/dense-per-step layer feeds in without a permute, and the emission gradient goes back the same way;
 * mask {@code [batch, time]}, 1 for real tokens, sequences left-aligned (lengths 0..time, or
 * {@code null} when every step is real); gold tags {@code [batch, time]} tag indices of any numeric type
 * (values at masked steps are ignored). Parameters are in {@link CrfParameters}.
 *
 * <p>Loss: the mean over the batch (dividing by {@code batch}, including empty rows) of
 * {@code log Z(x) - score(x, y)}; an empty sequence contributes 0. Gradients are analytic
 * (forward-backward marginals, see {@code ForwardBackward}).
 *
 * <p>Why plain Java loops: each recursion step is tiny ({@code batch x K x K}), and ND4J's per-op overhead
 * (tens of microseconds) made an op-per-step implementation over ten times slower: batch 32, 25 steps,
 * 17 tags, loss and gradient took ~1.9 ms of CPU in Java against ~34 ms with ND4J ops (50 tags: ~5.5 ms
 * against ~66 ms); see {@code CrfBenchmark} in the tests. Inputs are copied out in one bulk copy, results copied back in one.
 *
 * <p>Stateless and thread-safe; never modifies its arguments. Computation is in double precision;
 * returned gradients have the data type of the corresponding input.
 */
public final class LinearChainCrf {

    private final int numTags;

    public LinearChainCrf(int numTags) {
        if (numTags < 1) {
            throw new IllegalArgumentException("numTags must be >= 1, got " + numTags);
        }
        this.numTags = numTags;
    }

    public int numTags() {
        return numTags;
    }

    /** Mean negative log-likelihood of the gold tags (no gradient work). */
    public double negativeLogLikelihood(CrfParameters parameters, INDArray emissions, INDArray mask, INDArray goldTags) {
        requireGold(goldTags);
        PackedSequences batch = PackedSequences.pack(emissions, mask, goldTags, numTags);
        return forwardBackward(parameters).run(batch, null) / Math.max(1, batch.batch);
    }

    /** Mean negative log-likelihood and its gradient with respect to emissions and all parameters. */
    public CrfGradient lossAndGradient(CrfParameters parameters, INDArray emissions, INDArray mask, INDArray goldTags) {
        requireGold(goldTags);
        PackedSequences batch = PackedSequences.pack(emissions, mask, goldTags, numTags);
        ForwardBackward.GradientArrays gradient = ForwardBackward.GradientArrays.zeros(batch.batch, numTags, batch.maxTime);
        double sum = forwardBackward(parameters).run(batch, gradient);
        double scale = 1.0 / Math.max(1, batch.batch);
        gradient.scale(scale);
        return new CrfGradient(sum * scale,
                HostArrays.fromDoubles(gradient.emissions(), emissions.dataType(), emissions.shape()),
                HostArrays.fromDoubles(gradient.transitions(), parameters.transitions().dataType(), numTags, numTags),
                HostArrays.fromDoubles(gradient.start(), parameters.start().dataType(), numTags),
                HostArrays.fromDoubles(gradient.end(), parameters.end().dataType(), numTags));
    }

    /** Best tag path of every sequence, each trimmed to its length (empty for length 0). */
    public int[][] decode(CrfParameters parameters, INDArray emissions, INDArray mask) {
        return decode(parameters, emissions, mask, null);
    }

    /**
     * Best tag path of every sequence under {@code constraints} ({@code null} = none), each trimmed to its
     * length. Returns new arrays.
     */
    public int[][] decode(CrfParameters parameters, INDArray emissions, INDArray mask, TransitionConstraints constraints) {
        requireTags(parameters);
        if (constraints != null && constraints.numTags() != numTags) {
            throw new IllegalArgumentException("constraints are for " + constraints.numTags() + " tags, CRF has " + numTags);
        }
        PackedSequences batch = PackedSequences.pack(emissions, mask, null, numTags);
        ViterbiDecoder decoder = new ViterbiDecoder(HostArrays.toDoubles(parameters.transitions()),
                HostArrays.toDoubles(parameters.start()), HostArrays.toDoubles(parameters.end()), numTags, constraints);
        return decoder.decode(batch);
    }

    private ForwardBackward forwardBackward(CrfParameters parameters) {
        requireTags(parameters);
        return new ForwardBackward(HostArrays.toDoubles(parameters.transitions()),
                HostArrays.toDoubles(parameters.start()), HostArrays.toDoubles(parameters.end()), numTags);
    }

    private void requireTags(CrfParameters parameters) {
        if (parameters.numTags() != numTags) {
            throw new IllegalArgumentException("parameters are for " + parameters.numTags() + " tags, CRF has " + numTags);
        }
    }

    private static void requireGold(INDArray goldTags) {
        if (goldTags == null) {
            throw new IllegalArgumentException("goldTags must not be null");
        }
    }
}
