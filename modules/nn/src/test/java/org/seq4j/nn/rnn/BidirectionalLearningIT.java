package org.seq4j.nn.rnn;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;
import org.seq4j.nn.backend.NativeBackend;
import org.seq4j.nn.param.Parameter;

/**
 * A bidirectional layer plus a linear softmax readout, trained with plain SGD written here, learns
 * a task that needs both sides: tag token t with whether token t+1 is larger than token t-1
 * (missing neighbours count as 0; tokens are 1..9, one-hot). Sequences have lengths 3..10, padded.
 */
class BidirectionalLearningIT {
    private static final DataType FLOAT = DataType.FLOAT;
    private static final int VOCAB = 10;
    private static final int MIN_LENGTH = 3;
    private static final int MAX_LENGTH = 10;
    private static final int HIDDEN = 24;
    private static final int BATCH = 32;
    private static final int STEPS = 1000;
    private static final double LEARNING_RATE = 1.0;
    private static final int TEST_BATCHES = 10;
    private static final double REQUIRED_ACCURACY = 0.95;
    private static final int CLASSES = 2;

    @BeforeAll
    static void backend() {
        NativeBackend.configureFromEnvironment();
    }

    /** One padded batch: one-hot inputs [T,B,V], mask [B,T], labels [T*B] time-major. */
    private record Batch(INDArray input, INDArray mask, int[] labels, boolean[] real) {
        static Batch sample(SplittableRandom random) {
            INDArray input = Nd4j.zeros(FLOAT, MAX_LENGTH, BATCH, VOCAB);
            INDArray mask = Nd4j.zeros(FLOAT, BATCH, MAX_LENGTH);
            int[] labels = new int[MAX_LENGTH * BATCH];
            boolean[] real = new boolean[MAX_LENGTH * BATCH];
            for (int b = 0; b < BATCH; b++) {
                int length = random.nextInt(MIN_LENGTH, MAX_LENGTH + 1);
                int[] tokens = new int[length + 2];
                for (int t = 1; t <= length; t++) {
                    tokens[t] = random.nextInt(1, VOCAB);
                    input.putScalar(new long[] {t - 1, b, tokens[t]}, 1);
                    mask.putScalar(b, t - 1, 1);
                }
                for (int t = 0; t < length; t++) {
                    labels[t * BATCH + b] = tokens[t + 2] > tokens[t] ? 1 : 0;
                    real[t * BATCH + b] = true;
                }
            }
            return new Batch(input, mask, labels, real);
        }

        INDArray oneHotTargets() {
            INDArray targets = Nd4j.zeros(FLOAT, labels.length, CLASSES);
            for (int i = 0; i < labels.length; i++) {
                if (real[i]) {
                    targets.putScalar(i, labels[i], 1);
                }
            }
            return targets;
        }

        INDArray flatMask() {
            INDArray m = Nd4j.zeros(FLOAT, labels.length, 1);
            for (int i = 0; i < labels.length; i++) {
                m.putScalar(i, 0, real[i] ? 1 : 0);
            }
            return m;
        }
    }

    @ParameterizedTest
    @EnumSource(value = CellType.class, names = {"LSTM", "GRU"})
    void learnsToCompareNeighbours(CellType cell) {
        SplittableRandom random = new SplittableRandom(17);
        BidirectionalLayer layer = new BidirectionalLayer("tagger", cell, VOCAB, HIDDEN, FLOAT, 23);
        Parameter readout = Parameter.of("readout.W",
                Nd4j.rand(new long[] {2 * HIDDEN, CLASSES}, -0.1, 0.1, RecurrentFixture.random(29)).castTo(FLOAT));
        Parameter readoutBias = Parameter.of("readout.b", Nd4j.zeros(FLOAT, 1, CLASSES));
        for (int step = 0; step < STEPS; step++) {
            Batch batch = Batch.sample(random);
            RecurrentPass pass = layer.forward(batch.input(), batch.mask(), null, true);
            INDArray features = pass.output().reshape(MAX_LENGTH * BATCH, 2 * HIDDEN);
            INDArray probabilities = Transforms.softmax(features.mmul(readout.value()).addiRowVector(readoutBias.value()), false);
            INDArray flatMask = batch.flatMask();
            double tokens = flatMask.sumNumber().doubleValue();
            INDArray dLogits = probabilities.subi(batch.oneHotTargets()).muliColumnVector(flatMask).divi(tokens);
            readout.gradient().assign(features.transpose().mmul(dLogits));
            readoutBias.gradient().assign(dLogits.sum(true, 0));
            INDArray dFeatures = dLogits.mmul(readout.value().transpose()).reshape(MAX_LENGTH, BATCH, 2 * HIDDEN);
            layer.parameters().zeroGradients();
            layer.backward(pass, dFeatures, null);
            for (Parameter p : layer.parameters().list()) {
                p.value().subi(p.gradient().mul(LEARNING_RATE));
            }
            readout.value().subi(readout.gradient().mul(LEARNING_RATE));
            readoutBias.value().subi(readoutBias.gradient().mul(LEARNING_RATE));
        }
        int correct = 0;
        int total = 0;
        for (int i = 0; i < TEST_BATCHES; i++) {
            Batch batch = Batch.sample(random);
            INDArray features = layer.forward(batch.input(), batch.mask(), null, false).output()
                    .reshape(MAX_LENGTH * BATCH, 2 * HIDDEN);
            INDArray predicted = features.mmul(readout.value()).addiRowVector(readoutBias.value()).argMax(1);
            for (int j = 0; j < batch.labels().length; j++) {
                if (batch.real()[j]) {
                    total++;
                    correct += predicted.getInt(j) == batch.labels()[j] ? 1 : 0;
                }
            }
        }
        double accuracy = (double) correct / total;
        assertTrue(accuracy >= REQUIRED_ACCURACY, cell + " token accuracy " + accuracy);
    }
}
