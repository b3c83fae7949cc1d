package org.seq4j.nn.rnn;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.rng.Random;
import org.nd4j.linalg.factory.Nd4j;

/** Small seeded inputs for recurrent tests: time-major data and left-aligned masks. */
final class RecurrentFixture {
    private RecurrentFixture() {
    }

    static Random random(long seed) {
        return Nd4j.getRandomFactory().getNewRandomInstance(seed);
    }

    /** Uniform values in [-1, 1). */
    static INDArray uniform(DataType type, Random random, long... shape) {
        return Nd4j.rand(shape, -1.0, 1.0, random).castTo(type);
    }

    /** A {@code [batch, time]} mask with the given lengths. */
    static INDArray mask(DataType type, int time, int... lengths) {
        double[][] values = new double[lengths.length][time];
        for (int b = 0; b < lengths.length; b++) {
            for (int t = 0; t < lengths[b]; t++) {
                values[b][t] = 1;
            }
        }
        return Nd4j.create(values).castTo(type);
    }

    /** Rows {@code [0, length)} of sequence {@code b} of a time-major tensor, as {@code [length, 1, f]}. */
    static INDArray sequence(INDArray timeMajor, int b, int length) {
        INDArray out = Nd4j.create(timeMajor.dataType(), length, 1, timeMajor.size(2));
        for (int t = 0; t < length; t++) {
            out.get(org.nd4j.linalg.indexing.NDArrayIndex.point(t)).assign(
                    timeMajor.get(org.nd4j.linalg.indexing.NDArrayIndex.point(t),
                            org.nd4j.linalg.indexing.NDArrayIndex.interval(b, b + 1),
                            org.nd4j.linalg.indexing.NDArrayIndex.all()));
        }
        return out;
    }
}
