package org.seq4j.nn.rnn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.rng.Random;
import org.seq4j.nn.backend.NativeBackend;
import org.seq4j.nn.param.Parameter;

/**
 * FLOAT layers run the host loops ({@link FloatRecurrence}), DOUBLE layers the ND4J kernels that
 * {@code RecurrentGradientCheckIT} verifies by finite differences: with the same parameters, every
 * cell and layer shape must give the same outputs, final states and gradients up to float rounding,
 * with padding, an initial state and a final-state gradient.
 */
class FloatPathAgreementTest {
    private static final int TIME = 5;
    private static final int[] LENGTHS = {5, 1, 3, 5};
    private static final int INPUT = 4;
    private static final int HIDDEN = 6;
    /** Float rounding of O(1) values through a few dozen operations, plus the tanh approximation. */
    private static final double TOLERANCE = 2e-5;

    @BeforeAll
    static void backend() {
        NativeBackend.configureFromEnvironment();
    }

    private record Shape(String name, BiFunction<DataType, Long, RecurrentLayer> factory) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> layers() {
        Stream.Builder<Arguments> cases = Stream.builder();
        for (CellType cell : CellType.values()) {
            cases.add(Arguments.of(cell, new Shape("forward",
                    (type, seed) -> new UnidirectionalLayer("f", cell, INPUT, HIDDEN, Direction.FORWARD, type, seed))));
            cases.add(Arguments.of(cell, new Shape("reverse",
                    (type, seed) -> new UnidirectionalLayer("r", cell, INPUT, HIDDEN, Direction.REVERSE, type, seed))));
            cases.add(Arguments.of(cell, new Shape("bidirectional",
                    (type, seed) -> new BidirectionalLayer("b", cell, INPUT, HIDDEN, type, seed))));
            cases.add(Arguments.of(cell, new Shape("2-layer bidirectional stack",
                    (type, seed) -> RecurrentStack.bidirectional("s", cell, INPUT, HIDDEN, 2, 0.0, type, seed))));
            cases.add(Arguments.of(cell, new Shape("2-layer decoder stack",
                    (type, seed) -> RecurrentStack.unidirectional("d", cell, INPUT, HIDDEN, 2, 0.0, type, seed))));
        }
        return cases.build();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("layers")
    void floatLoopsMatchTheNd4jKernels(CellType cell, Shape shape) {
        RecurrentLayer reference = shape.factory().apply(DataType.DOUBLE, 21L);
        RecurrentLayer fast = shape.factory().apply(DataType.FLOAT, 21L);
        List<Parameter> referenceParameters = reference.parameters().list();
        List<Parameter> fastParameters = fast.parameters().list();
        for (int i = 0; i < referenceParameters.size(); i++) {
            fastParameters.get(i).value().assign(referenceParameters.get(i).value().castTo(DataType.FLOAT));
        }
        Random random = RecurrentFixture.random(5);
        int batch = LENGTHS.length;
        INDArray input = RecurrentFixture.uniform(DataType.DOUBLE, random, TIME, batch, INPUT);
        INDArray mask = RecurrentFixture.mask(DataType.DOUBLE, TIME, LENGTHS);
        RecurrentState initial = randomState(cell, random, batch, reference.stateSize());
        INDArray outputGradient = RecurrentFixture.uniform(DataType.DOUBLE, random, TIME, batch, reference.outputSize());
        RecurrentState finalGradient = randomState(cell, random, batch, reference.stateSize());

        reference.parameters().zeroGradients();
        fast.parameters().zeroGradients();
        RecurrentPass expected = reference.forward(input, mask, initial, true);
        RecurrentPass actual = fast.forward(asFloat(input), asFloat(mask), asFloat(initial), true);
        SequenceGradient expectedGradient = reference.backward(expected, outputGradient, finalGradient);
        SequenceGradient actualGradient = fast.backward(actual, asFloat(outputGradient), asFloat(finalGradient));

        String what = cell + " " + shape;
        assertClose(what + " output", expected.output(), actual.output());
        assertClose(what + " input gradient", expectedGradient.input(), actualGradient.input());
        for (int c = 0; c < cell.stateComponents(); c++) {
            assertClose(what + " final state " + c, expected.finalState().component(c), actual.finalState().component(c));
            assertClose(what + " initial state gradient " + c, expectedGradient.initialState().component(c),
                    actualGradient.initialState().component(c));
        }
        for (int i = 0; i < referenceParameters.size(); i++) {
            assertClose(what + " " + referenceParameters.get(i).name(), referenceParameters.get(i).gradient(),
                    fastParameters.get(i).gradient());
        }
        RecurrentPass inference = fast.forward(asFloat(input), asFloat(mask), asFloat(initial), false);
        assertClose(what + " inference output", expected.output(), inference.output());
    }

    /** The opt-in two-thread mode of bidirectional layers ({@link DirectionPair}) changes nothing, bit for bit. */
    @Test
    void parallelDirectionsGiveTheSameResults() {
        Random random = RecurrentFixture.random(8);
        int batch = LENGTHS.length;
        INDArray input = RecurrentFixture.uniform(DataType.FLOAT, random, TIME, batch, INPUT);
        INDArray mask = RecurrentFixture.mask(DataType.FLOAT, TIME, LENGTHS);
        INDArray outputGradient = RecurrentFixture.uniform(DataType.FLOAT, random, TIME, batch, 2 * HIDDEN);
        List<List<INDArray>> runs = new ArrayList<>();
        for (boolean parallel : new boolean[] {false, true}) {
            System.setProperty(DirectionPair.PARALLEL_PROPERTY, String.valueOf(parallel));
            try {
                RecurrentStack stack = RecurrentStack.bidirectional("s", CellType.LSTM, INPUT, HIDDEN, 2, 0.0,
                        DataType.FLOAT, 3);
                RecurrentPass pass = stack.forward(input, mask, null, true);
                SequenceGradient gradient = stack.backward(pass, outputGradient, null);
                List<INDArray> results = new ArrayList<>(List.of(pass.output(), gradient.input()));
                stack.parameters().list().forEach(p -> results.add(p.gradient()));
                runs.add(results);
            } finally {
                System.clearProperty(DirectionPair.PARALLEL_PROPERTY);
            }
        }
        assertEquals(runs.get(0), runs.get(1));
    }

    private static RecurrentState randomState(CellType cell, Random random, int batch, int size) {
        INDArray h = RecurrentFixture.uniform(DataType.DOUBLE, random, batch, size);
        INDArray c = cell == CellType.LSTM ? RecurrentFixture.uniform(DataType.DOUBLE, random, batch, size) : null;
        return new RecurrentState(h, c);
    }

    private static INDArray asFloat(INDArray x) {
        return x.castTo(DataType.FLOAT);
    }

    private static RecurrentState asFloat(RecurrentState s) {
        return new RecurrentState(asFloat(s.hidden()), s.cell() == null ? null : asFloat(s.cell()));
    }

    private static void assertClose(String what, INDArray expected, INDArray actual) {
        assertNotNull(actual, what);
        assertTrue(java.util.Arrays.equals(expected.shape(), actual.shape()), what + " shape");
        double worst = expected.sub(actual.castTo(DataType.DOUBLE)).amaxNumber().doubleValue();
        double scale = Math.max(1.0, expected.amaxNumber().doubleValue());
        assertTrue(worst <= TOLERANCE * scale, what + ": max difference " + worst + " (scale " + scale + ")");
    }
}
