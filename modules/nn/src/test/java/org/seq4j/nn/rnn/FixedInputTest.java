package org.seq4j.nn.rnn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.rng.Random;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.seq4j.nn.backend.NativeBackend;

/**
 * A decoder step with fixed input columns ({@link FixedInput}) gives the state of the step with the
 * whole input, for every cell, data type and position of the fixed block, over several steps.
 */
class FixedInputTest {
    private static final int INPUT = 7;
    private static final int HIDDEN = 5;
    private static final int ROWS = 3;
    private static final int STEPS = 4;
    /** FLOAT: the projection is summed in two gemms instead of one. DOUBLE runs the whole-input path. */
    private static final double FLOAT_TOLERANCE = 1e-5;
    private static final double DOUBLE_TOLERANCE = 1e-12;

    @BeforeAll
    static void backend() {
        NativeBackend.configureFromEnvironment();
    }

    @ParameterizedTest(name = "{0} {1} fixed columns [{2}, {3})")
    @CsvSource({"LSTM,FLOAT,3,7", "LSTM,FLOAT,0,4", "LSTM,FLOAT,2,5", "GRU,FLOAT,3,7", "RNN,FLOAT,1,6",
        "LSTM,DOUBLE,3,7", "GRU,DOUBLE,2,5", "RNN,DOUBLE,0,4"})
    void stepsWithFixedColumnsMatchStepsWithTheWholeInput(CellType cell, DataType type, int from, int to) {
        RecurrentStack decoder = RecurrentStack.unidirectional("dec", cell, INPUT, HIDDEN, 2, 0.0, type, 11);
        Random random = RecurrentFixture.random(3);
        INDArray fixedColumns = RecurrentFixture.uniform(type, random, ROWS, to - from);
        FixedInput fixed = decoder.fixInput(fixedColumns, from);
        RecurrentState whole = null;
        RecurrentState split = null;
        for (int t = 0; t < STEPS; t++) {
            INDArray varying = RecurrentFixture.uniform(type, random, ROWS, INPUT - (to - from));
            whole = decoder.step(fixed.wholeInput(varying), whole);
            split = decoder.step(varying, fixed, split);
            double tolerance = type == DataType.FLOAT ? FLOAT_TOLERANCE : DOUBLE_TOLERANCE;
            for (int c = 0; c < cell.stateComponents(); c++) {
                double difference = whole.component(c).sub(split.component(c)).amaxNumber().doubleValue();
                assertEquals(0.0, difference, tolerance, cell + " " + type + " step " + t + " component " + c);
            }
        }
    }

    @Test
    void wholeInputPutsTheFixedColumnsInTheirPlace() {
        RecurrentStack decoder = RecurrentStack.unidirectional("dec", CellType.LSTM, 4, HIDDEN, 1, 0.0,
                DataType.DOUBLE, 1);
        INDArray fixedColumns = Nd4j.create(new double[][] {{10, 11}, {20, 21}});
        INDArray varying = Nd4j.create(new double[][] {{1, 2}, {3, 4}});
        INDArray whole = decoder.fixInput(fixedColumns, 1).wholeInput(varying);
        assertEquals(Nd4j.create(new double[][] {{1, 10, 11, 2}, {3, 20, 21, 4}}), whole);
    }

    @Test
    void selectedRowsDecodeLikeTheRowsTheyCopy() {
        RecurrentStack decoder = RecurrentStack.unidirectional("dec", CellType.LSTM, INPUT, HIDDEN, 1, 0.0,
                DataType.FLOAT, 4);
        Random random = RecurrentFixture.random(8);
        FixedInput fixed = decoder.fixInput(RecurrentFixture.uniform(DataType.FLOAT, random, ROWS, 3), 4);
        int[] rows = {2, 2, 0, 1};
        FixedInput selected = fixed.selectRows(rows);
        INDArray varying = RecurrentFixture.uniform(DataType.FLOAT, random, ROWS, 4);
        INDArray varyingSelected = Nd4j.pullRows(varying, 1, rows);
        RecurrentState original = decoder.step(varying, fixed, null);
        RecurrentState copies = decoder.step(varyingSelected, selected, null);
        for (int i = 0; i < rows.length; i++) {
            INDArray want = original.hidden().get(NDArrayIndex.point(rows[i]), NDArrayIndex.all());
            INDArray got = copies.hidden().get(NDArrayIndex.point(i), NDArrayIndex.all());
            assertEquals(0.0, want.sub(got).amaxNumber().doubleValue(), FLOAT_TOLERANCE, "row " + i);
        }
    }

    @Test
    void rejectsMismatchedShapesAndOtherLayersFixedInputs() {
        RecurrentStack decoder = RecurrentStack.unidirectional("dec", CellType.GRU, INPUT, HIDDEN, 1, 0.0,
                DataType.FLOAT, 2);
        RecurrentStack other = RecurrentStack.unidirectional("other", CellType.GRU, INPUT, HIDDEN, 1, 0.0,
                DataType.FLOAT, 2);
        INDArray columns = Nd4j.zeros(DataType.FLOAT, ROWS, 3);
        FixedInput fixed = decoder.fixInput(columns, 4);
        assertThrows(IllegalArgumentException.class, () -> decoder.fixInput(columns, 5));
        assertThrows(IllegalArgumentException.class,
                () -> decoder.step(Nd4j.zeros(DataType.FLOAT, ROWS, 5), fixed, null));
        assertThrows(IllegalArgumentException.class,
                () -> decoder.step(Nd4j.zeros(DataType.FLOAT, ROWS + 1, 4), fixed, null));
        assertThrows(IllegalArgumentException.class,
                () -> other.step(Nd4j.zeros(DataType.FLOAT, ROWS, 4), fixed, null));
    }
}
