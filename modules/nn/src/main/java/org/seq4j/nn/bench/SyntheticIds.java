package org.seq4j.nn.bench;

import java.util.SplittableRandom;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Seeded uniform random token ids, time-major {@code [time, batch]} as the recurrent layers take
 * them. Throughput does not depend on the values, only on the shapes, so the ids are not the
 * peer's (PyTorch's generator cannot be reproduced here); the ranges are the same.
 */
final class SyntheticIds {
    private final SplittableRandom random;

    SyntheticIds(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** Ids uniform in {@code [from, to)}, shape {@code [time, batch]}. */
    INDArray next(int time, int batch, int from, int to) {
        int[] ids = new int[time * batch];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = random.nextInt(from, to);
        }
        return Nd4j.createFromArray(ids).reshape('c', time, batch);
    }
}
