package org.seq4j.nn.rnn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.rng.Random;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.seq4j.nn.backend.NativeBackend;

/** Padding, direction, step-API and dropout semantics of the recurrent layers. */
class SequenceSemanticsTest {
    private static final DataType DOUBLE = DataType.DOUBLE;
    private static final int TIME = 6;
    private static final int[] LENGTHS = {6, 2, 1, 4};
    private static final int INPUT = 3;
    private static final int HIDDEN = 5;
    private static final double EXACT = 1e-12;

    @BeforeAll
    static void backend() {
        NativeBackend.configureFromEnvironment();
    }

    /** A padded batch gives, per sequence, what that sequence gives alone without padding. */
    @ParameterizedTest
    @EnumSource(CellType.class)
    void paddedBatchMatchesEachSequenceAlone(CellType cell) {
        Random random = RecurrentFixture.random(7);
        INDArray input = RecurrentFixture.uniform(DOUBLE, random, TIME, LENGTHS.length, INPUT);
        INDArray mask = RecurrentFixture.mask(DOUBLE, TIME, LENGTHS);
        for (Direction direction : Direction.values()) {
            UnidirectionalLayer layer = new UnidirectionalLayer("l", cell, INPUT, HIDDEN, direction, DOUBLE, 3);
            RecurrentPass batch = layer.forward(input, mask, null, false);
            for (int b = 0; b < LENGTHS.length; b++) {
                RecurrentPass alone = layer.forward(RecurrentFixture.sequence(input, b, LENGTHS[b]), null, null, false);
                for (int t = 0; t < TIME; t++) {
                    INDArray got = batch.output().get(NDArrayIndex.point(t), NDArrayIndex.point(b), NDArrayIndex.all());
                    INDArray want = t < LENGTHS[b]
                            ? alone.output().get(NDArrayIndex.point(t), NDArrayIndex.point(0), NDArrayIndex.all())
                            : Nd4j.zeros(DOUBLE, HIDDEN);
                    assertTrue(got.equalsWithEps(want, EXACT), cell + " " + direction + " output b=" + b + " t=" + t);
                }
                for (int c = 0; c < cell.stateComponents(); c++) {
                    INDArray got = batch.finalState().component(c).getRow(b);
                    INDArray want = alone.finalState().component(c).getRow(0);
                    assertTrue(got.equalsWithEps(want, EXACT), cell + " " + direction + " final state b=" + b);
                }
            }
        }
    }

    @ParameterizedTest
    @EnumSource(CellType.class)
    void stepApiReproducesSequenceApi(CellType cell) {
        for (DataType type : new DataType[] {DataType.DOUBLE, DataType.FLOAT}) {
            Random random = RecurrentFixture.random(9);
            RecurrentStack decoder = RecurrentStack.unidirectional("dec", cell, INPUT, HIDDEN, 2, 0.0, type, 5);
            INDArray input = RecurrentFixture.uniform(type, random, TIME, 3, INPUT);
            RecurrentState initial = new RecurrentState(RecurrentFixture.uniform(type, random, 3, decoder.stateSize()),
                    cell == CellType.LSTM ? RecurrentFixture.uniform(type, random, 3, decoder.stateSize()) : null);
            RecurrentPass sequence = decoder.forward(input, null, initial, false);
            RecurrentState state = initial;
            for (int t = 0; t < TIME; t++) {
                state = decoder.step(input.get(NDArrayIndex.point(t)).dup(), state);
                INDArray top = decoder.layerStates(state).get(1).hidden();
                assertEquals(0.0, sequence.output().get(NDArrayIndex.point(t)).sub(top).amaxNumber().doubleValue(),
                        cell + " " + type + " step " + t);
            }
            for (int c = 0; c < cell.stateComponents(); c++) {
                assertEquals(0.0, sequence.finalState().component(c).sub(state.component(c)).amaxNumber().doubleValue(),
                        cell + " " + type + " final state");
            }
        }
    }

    @Test
    void forwardDoesNotModifyItsArguments() {
        Random random = RecurrentFixture.random(1);
        RecurrentStack stack = RecurrentStack.bidirectional("s", CellType.LSTM, INPUT, HIDDEN, 2, 0.3, DOUBLE, 2);
        INDArray input = RecurrentFixture.uniform(DOUBLE, random, TIME, LENGTHS.length, INPUT);
        INDArray mask = RecurrentFixture.mask(DOUBLE, TIME, LENGTHS);
        RecurrentState initial = new RecurrentState(RecurrentFixture.uniform(DOUBLE, random, LENGTHS.length, stack.stateSize()),
                RecurrentFixture.uniform(DOUBLE, random, LENGTHS.length, stack.stateSize()));
        INDArray inputCopy = input.dup();
        INDArray hiddenCopy = initial.hidden().dup();
        RecurrentPass pass = stack.forward(input, mask, initial, true);
        INDArray gradientCopy = pass.output().dup();
        stack.backward(pass, gradientCopy, null);
        assertEquals(inputCopy, input);
        assertEquals(hiddenCopy, initial.hidden());
        assertEquals(pass.output(), gradientCopy);
    }

    @Test
    void dropoutIsIdentityAtInferenceAndScalesInTraining() {
        Random random = RecurrentFixture.random(4);
        INDArray input = RecurrentFixture.uniform(DOUBLE, random, TIME, 2, INPUT);
        RecurrentStack withDropout = RecurrentStack.bidirectional("s", CellType.GRU, INPUT, HIDDEN, 2, 0.5, DOUBLE, 8);
        RecurrentStack without = RecurrentStack.bidirectional("s", CellType.GRU, INPUT, HIDDEN, 2, 0.0, DOUBLE, 8);
        assertEquals(without.forward(input, null, null, false).output(), withDropout.forward(input, null, null, false).output());
        assertTrue(!without.forward(input, null, null, true).output().equalsWithEps(
                withDropout.forward(input, null, null, true).output(), EXACT));
        InvertedDropout dropout = new InvertedDropout(0.25, 3);
        INDArray sample = dropout.sampleMask(Nd4j.zeros(DOUBLE, 200, 50));
        double kept = sample.gt(0).castTo(DOUBLE).meanNumber().doubleValue();
        assertEquals(0.75, kept, 0.02);
        assertEquals(1 / 0.75, sample.maxNumber().doubleValue(), EXACT);
    }

    @Test
    void rejectsMasksThatAreNotLeftAligned() {
        UnidirectionalLayer layer = new UnidirectionalLayer("l", CellType.RNN, INPUT, HIDDEN, Direction.FORWARD, DOUBLE, 1);
        INDArray input = Nd4j.zeros(DOUBLE, 3, 1, INPUT);
        INDArray holey = Nd4j.create(new double[][] {{1, 0, 1}});
        assertThrows(IllegalArgumentException.class, () -> layer.forward(input, holey, null, false));
        assertThrows(IllegalStateException.class,
                () -> layer.backward(layer.forward(input, null, null, false), Nd4j.zeros(DOUBLE, 3, 1, HIDDEN), null));
        assertEquals(CellType.GRU, CellType.fromShortName("GRU"));
        assertThrows(IllegalArgumentException.class, () -> CellType.fromShortName("lstmm"));
    }

    @Test
    void lstmForgetBiasStartsAtOne() {
        UnidirectionalLayer layer = new UnidirectionalLayer("l", CellType.LSTM, INPUT, HIDDEN, Direction.FORWARD, DOUBLE, 1);
        INDArray bias = layer.parameters().get("l.b").value();
        List<Double> forget = new ArrayList<>();
        for (int j = HIDDEN; j < 2 * HIDDEN; j++) {
            forget.add(bias.getDouble(0, j));
        }
        assertTrue(forget.stream().allMatch(v -> v == 1.0), forget.toString());
    }
}
