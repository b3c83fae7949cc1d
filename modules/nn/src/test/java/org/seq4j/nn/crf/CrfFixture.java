package org.seq4j.nn.crf;

import java.util.Random;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** A random CRF problem held as Java arrays, convertible to the ND4J inputs of {@link LinearChainCrf}. */
record CrfFixture(double[][][] emissions, int[] lengths, int[][] gold, double[][] transitions, double[] start,
                  double[] end) {

    static CrfFixture random(long seed, int numTags, int maxTime, int... lengths) {
        Random random = new Random(seed);
        int batch = lengths.length;
        double[][][] e = new double[batch][maxTime][numTags];
        int[][] gold = new int[batch][maxTime];
        for (int b = 0; b < batch; b++) {
            for (int t = 0; t < maxTime; t++) {
                for (int k = 0; k < numTags; k++) {
                    e[b][t][k] = random.nextGaussian();
                }
                gold[b][t] = random.nextInt(numTags);
            }
        }
        double[][] transitions = new double[numTags][numTags];
        double[] start = new double[numTags];
        double[] end = new double[numTags];
        for (int i = 0; i < numTags; i++) {
            for (int j = 0; j < numTags; j++) {
                transitions[i][j] = random.nextGaussian();
            }
            start[i] = random.nextGaussian();
            end[i] = random.nextGaussian();
        }
        return new CrfFixture(e, lengths.clone(), gold, transitions, start, end);
    }

    int batch() {
        return lengths.length;
    }

    int maxTime() {
        return emissions[0].length;
    }

    int numTags() {
        return start.length;
    }

    /** Emissions [batch, numTags, time]. */
    INDArray emissionArray(DataType type) {
        double[] flat = new double[batch() * numTags() * maxTime()];
        for (int b = 0; b < batch(); b++) {
            for (int k = 0; k < numTags(); k++) {
                for (int t = 0; t < maxTime(); t++) {
                    flat[(b * numTags() + k) * maxTime() + t] = emissions[b][t][k];
                }
            }
        }
        return Nd4j.create(flat, new long[] {batch(), numTags(), maxTime()}, type);
    }

    INDArray maskArray(DataType type) {
        double[] flat = new double[batch() * maxTime()];
        for (int b = 0; b < batch(); b++) {
            for (int t = 0; t < lengths[b]; t++) {
                flat[b * maxTime() + t] = 1;
            }
        }
        return Nd4j.create(flat, new long[] {batch(), maxTime()}, type);
    }

    INDArray goldArray() {
        double[] flat = new double[batch() * maxTime()];
        for (int b = 0; b < batch(); b++) {
            for (int t = 0; t < maxTime(); t++) {
                flat[b * maxTime() + t] = gold[b][t];
            }
        }
        return Nd4j.create(flat, new long[] {batch(), maxTime()}, DataType.INT32);
    }

    CrfParameters parameters(DataType type) {
        int k = numTags();
        double[] flat = new double[k * k];
        for (int i = 0; i < k; i++) {
            System.arraycopy(transitions[i], 0, flat, i * k, k);
        }
        return new CrfParameters(Nd4j.create(flat, new long[] {k, k}, type), Nd4j.create(start, new long[] {k}, type),
                Nd4j.create(end, new long[] {k}, type));
    }

    BruteForceCrf bruteForce() {
        return new BruteForceCrf(transitions, start, end);
    }

    /** Emissions of sequence {@code b} trimmed to its length, as {@code [t][k]}. */
    double[][] sequenceEmissions(int b) {
        return java.util.Arrays.copyOf(emissions[b], lengths[b]);
    }

    int[] goldPath(int b) {
        return java.util.Arrays.copyOf(gold[b], lengths[b]);
    }
}
