package org.seq4j.nn.crf;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A CRF with a per-token emission table learns a task per-token scores cannot solve: tags cycle
 * A -> B -> C -> A from a random start, each tag usually emits one of its own two words, but with
 * probability {@value #AMBIGUOUS_PROBABILITY} it emits the shared word "?". The tag of "?" follows only
 * from its neighbours' tags, i.e. from the transitions.
 */
class CrfLearningTest {

    private static final int NUM_TAGS = 3;
    private static final int WORDS_PER_TAG = 2;
    private static final int AMBIGUOUS_WORD = NUM_TAGS * WORDS_PER_TAG;
    private static final int VOCABULARY = AMBIGUOUS_WORD + 1;
    private static final double AMBIGUOUS_PROBABILITY = 0.4;
    private static final int MIN_LENGTH = 3;
    private static final int MAX_LENGTH = 8;
    private static final int TRAIN_SEQUENCES = 200;
    private static final int TEST_SEQUENCES = 200;
    private static final int STEPS = 300;
    private static final double LEARNING_RATE = 0.5;
    private static final double REQUIRED_ACCURACY = 0.95;
    /** Emission-only argmax must stay well below the CRF, or the task would not need transitions. */
    private static final double EMISSIONS_ONLY_CEILING = 0.85;

    private record ToyData(int[][] words, int[][] tags) {
    }

    @Test
    void learnsTagDependenciesEmissionsAloneCannotCapture() {
        ToyData train = generate(new Random(1), TRAIN_SEQUENCES);
        ToyData test = generate(new Random(2), TEST_SEQUENCES);
        LinearChainCrf crf = new LinearChainCrf(NUM_TAGS);
        double[] emissionTable = new double[VOCABULARY * NUM_TAGS];
        CrfParameters parameters = CrfParameters.zeros(NUM_TAGS, DataType.FLOAT);
        INDArray mask = mask(train);
        INDArray gold = goldTags(train);

        double firstLoss = Double.NaN;
        double lastLoss = Double.NaN;
        for (int step = 0; step < STEPS; step++) {
            CrfGradient gradient = crf.lossAndGradient(parameters, emissions(train, emissionTable), mask, gold);
            if (step == 0) {
                firstLoss = gradient.negativeLogLikelihood();
            }
            lastLoss = gradient.negativeLogLikelihood();
            parameters = new CrfParameters(
                    parameters.transitions().sub(gradient.transitions().mul(LEARNING_RATE)),
                    parameters.start().sub(gradient.start().mul(LEARNING_RATE)),
                    parameters.end().sub(gradient.end().mul(LEARNING_RATE)));
            updateEmissionTable(emissionTable, train, gradient.emissions());
        }
        assertTrue(lastLoss < firstLoss / 2, "loss " + firstLoss + " -> " + lastLoss);

        int[][] decoded = crf.decode(parameters, emissions(test, emissionTable), mask(test));
        double crfAccuracy = accuracy(test, (b, t) -> decoded[b][t]);
        double emissionsOnlyAccuracy = accuracy(test, (b, t) -> argmaxTag(emissionTable, test.words()[b][t]));
        assertTrue(crfAccuracy >= REQUIRED_ACCURACY, "CRF accuracy " + crfAccuracy);
        assertTrue(emissionsOnlyAccuracy < EMISSIONS_ONLY_CEILING, "emission-only accuracy " + emissionsOnlyAccuracy);
    }

    private static ToyData generate(Random random, int count) {
        int[][] words = new int[count][];
        int[][] tags = new int[count][];
        for (int s = 0; s < count; s++) {
            int length = MIN_LENGTH + random.nextInt(MAX_LENGTH - MIN_LENGTH + 1);
            words[s] = new int[length];
            tags[s] = new int[length];
            int tag = random.nextInt(NUM_TAGS);
            for (int t = 0; t < length; t++) {
                tags[s][t] = tag;
                words[s][t] = random.nextDouble() < AMBIGUOUS_PROBABILITY
                        ? AMBIGUOUS_WORD : tag * WORDS_PER_TAG + random.nextInt(WORDS_PER_TAG);
                tag = (tag + 1) % NUM_TAGS;
            }
        }
        return new ToyData(words, tags);
    }

    /** Emissions [batch, tags, MAX_LENGTH] looked up from the table. */
    private static INDArray emissions(ToyData data, double[] table) {
        int batch = data.words().length;
        double[] flat = new double[batch * NUM_TAGS * MAX_LENGTH];
        for (int b = 0; b < batch; b++) {
            for (int t = 0; t < data.words()[b].length; t++) {
                for (int k = 0; k < NUM_TAGS; k++) {
                    flat[(b * NUM_TAGS + k) * MAX_LENGTH + t] = table[data.words()[b][t] * NUM_TAGS + k];
                }
            }
        }
        return Nd4j.create(flat, new long[] {batch, NUM_TAGS, MAX_LENGTH}, DataType.FLOAT);
    }

    private static void updateEmissionTable(double[] table, ToyData data, INDArray emissionGradient) {
        double[] gradient = emissionGradient.dup('c').data().asDouble();
        for (int b = 0; b < data.words().length; b++) {
            for (int t = 0; t < data.words()[b].length; t++) {
                for (int k = 0; k < NUM_TAGS; k++) {
                    table[data.words()[b][t] * NUM_TAGS + k] -= LEARNING_RATE * gradient[(b * NUM_TAGS + k) * MAX_LENGTH + t];
                }
            }
        }
    }

    private static INDArray mask(ToyData data) {
        float[][] mask = new float[data.words().length][MAX_LENGTH];
        for (int b = 0; b < mask.length; b++) {
            java.util.Arrays.fill(mask[b], 0, data.words()[b].length, 1f);
        }
        return Nd4j.createFromArray(mask);
    }

    private static INDArray goldTags(ToyData data) {
        int[][] gold = new int[data.tags().length][MAX_LENGTH];
        for (int b = 0; b < gold.length; b++) {
            System.arraycopy(data.tags()[b], 0, gold[b], 0, data.tags()[b].length);
        }
        return Nd4j.createFromArray(gold);
    }

    private static int argmaxTag(double[] table, int word) {
        int best = 0;
        for (int k = 1; k < NUM_TAGS; k++) {
            if (table[word * NUM_TAGS + k] > table[word * NUM_TAGS + best]) {
                best = k;
            }
        }
        return best;
    }

    private interface Prediction {
        int tagAt(int sequence, int position);
    }

    private static double accuracy(ToyData data, Prediction prediction) {
        int correct = 0;
        int total = 0;
        for (int b = 0; b < data.tags().length; b++) {
            for (int t = 0; t < data.tags()[b].length; t++) {
                correct += prediction.tagAt(b, t) == data.tags()[b][t] ? 1 : 0;
                total++;
            }
        }
        return (double) correct / total;
    }
}
