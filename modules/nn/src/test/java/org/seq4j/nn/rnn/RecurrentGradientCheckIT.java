package org.seq4j.nn.rnn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.DoubleSupplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.rng.Random;
import org.seq4j.nn.backend.NativeBackend;
import org.seq4j.nn.param.Parameter;

/**
 * Analytic gradients of every layer shape and cell against central finite differences, in double
 * precision, with sequences of lengths 5, 1 and 3 padded to 5 steps, a random initial state and a
 * loss on both the outputs and the final state: {@code L = Σ out⊙R + Σ final⊙S}.
 */
class RecurrentGradientCheckIT {
    private static final DataType DOUBLE = DataType.DOUBLE;
    private static final int TIME = 5;
    private static final int[] LENGTHS = {5, 1, 3};
    private static final int INPUT = 2;
    private static final int HIDDEN = 3;
    private static final double TOLERANCE = 1e-5;

    @BeforeAll
    static void backend() {
        NativeBackend.configureFromEnvironment();
    }

    static Stream<Arguments> layers() {
        Stream.Builder<Arguments> cases = Stream.builder();
        for (CellType cell : CellType.values()) {
            cases.add(Arguments.of(cell + " forward",
                    new UnidirectionalLayer("f", cell, INPUT, HIDDEN, Direction.FORWARD, DOUBLE, 11)));
            cases.add(Arguments.of(cell + " reverse",
                    new UnidirectionalLayer("r", cell, INPUT, HIDDEN, Direction.REVERSE, DOUBLE, 12)));
            cases.add(Arguments.of(cell + " bidirectional", new BidirectionalLayer("b", cell, INPUT, HIDDEN, DOUBLE, 13)));
            cases.add(Arguments.of(cell + " 2-layer bidirectional stack",
                    RecurrentStack.bidirectional("s", cell, INPUT, HIDDEN, 2, 0.0, DOUBLE, 14)));
        }
        return cases.build();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("layers")
    void analyticGradientsMatchFiniteDifferences(String description, RecurrentLayer layer) {
        Random random = RecurrentFixture.random(42);
        int batch = LENGTHS.length;
        INDArray input = RecurrentFixture.uniform(DOUBLE, random, TIME, batch, INPUT);
        INDArray mask = RecurrentFixture.mask(DOUBLE, TIME, LENGTHS);
        RecurrentState initial = randomState(layer, random, batch);
        INDArray outputWeights = RecurrentFixture.uniform(DOUBLE, random, TIME, batch, layer.outputSize());
        RecurrentState finalWeights = randomState(layer, random, batch);

        DoubleSupplier loss = () -> {
            RecurrentPass pass = layer.forward(input, mask, initial, false);
            double value = pass.output().mul(outputWeights).sumNumber().doubleValue();
            for (int c = 0; c < finalWeights.components(); c++) {
                value += pass.finalState().component(c).mul(finalWeights.component(c)).sumNumber().doubleValue();
            }
            return value;
        };

        layer.parameters().zeroGradients();
        RecurrentPass pass = layer.forward(input, mask, initial, true);
        SequenceGradient gradient = layer.backward(pass, outputWeights, finalWeights);

        assertBelow(description + " input", FiniteDifferences.worstRelativeError(input, gradient.input(), loss));
        for (int c = 0; c < initial.components(); c++) {
            assertBelow(description + " initial state " + c,
                    FiniteDifferences.worstRelativeError(initial.component(c), gradient.initialState().component(c), loss));
        }
        for (Parameter p : layer.parameters().list()) {
            assertBelow(description + " " + p.name(), FiniteDifferences.worstRelativeError(p.value(), p.gradient(), loss));
        }
        // Padded input steps get exactly zero gradient.
        for (int b = 0; b < batch; b++) {
            for (int t = LENGTHS[b]; t < TIME; t++) {
                for (int f = 0; f < INPUT; f++) {
                    assertEquals(0.0, gradient.input().getDouble(t, b, f), description + " padded input gradient");
                }
            }
        }
    }

    private static RecurrentState randomState(RecurrentLayer layer, Random random, int batch) {
        INDArray h = RecurrentFixture.uniform(DOUBLE, random, batch, layer.stateSize());
        INDArray c = layer.cellType() == CellType.LSTM ? RecurrentFixture.uniform(DOUBLE, random, batch, layer.stateSize()) : null;
        return new RecurrentState(h, c);
    }

    private static void assertBelow(String what, double error) {
        assertTrue(error < TOLERANCE, what + ": relative error " + error + " >= " + TOLERANCE);
    }
}
