package org.seq4j.nn.rnn;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.random.impl.BernoulliDistribution;
import org.nd4j.linalg.api.rng.Random;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Inverted dropout between stacked recurrent layers: in training each value is kept with
 * probability {@code 1-p} and scaled by {@code 1/(1-p)}, so inference is the identity. Masks come
 * from this object's own seeded generator, never the global one. (Kept package-private here so the
 * recurrent stack does not depend on the general layer package.)
 */
final class InvertedDropout {
    private final double probability;
    private final Random random;

    InvertedDropout(double probability, long seed) {
        if (!(probability >= 0 && probability < 1)) {
            throw new IllegalArgumentException("dropout probability must be in [0, 1), got " + probability);
        }
        this.probability = probability;
        this.random = Nd4j.getRandomFactory().getNewRandomInstance(seed);
    }

    boolean active() {
        return probability > 0;
    }

    /** A fresh mask shaped like {@code like}: 0 or {@code 1/(1-p)}. */
    INDArray sampleMask(INDArray like) {
        double keep = 1 - probability;
        INDArray mask = Nd4j.createUninitialized(like.dataType(), like.shape());
        Nd4j.getExecutioner().exec(new BernoulliDistribution(mask, keep), random);
        return mask.divi(keep);
    }
}
