package org.seq4j.nn.linalg;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/** The direct BLAS path agrees with ND4J's gemm on contiguous copies, for views and transposes. */
class GemmTest {
    private static final double EXACT = 0.0;

    @ParameterizedTest
    @EnumSource(names = {"FLOAT", "DOUBLE"})
    void viewOperandsMatchNd4jOnCopies(DataType type) {
        Nd4j.getRandom().setSeed(7);
        INDArray parent = Nd4j.rand(type, 12, 10);
        INDArray a = parent.get(NDArrayIndex.interval(3, 7), NDArrayIndex.interval(2, 5));
        INDArray b = Nd4j.rand(type, 3, 6);
        INDArray cParent = Nd4j.rand(type, 20, 6);
        INDArray c = cParent.get(NDArrayIndex.interval(8, 12), NDArrayIndex.all());
        INDArray expected = c.dup();
        Nd4j.gemm(a.dup(), b, expected, false, false, 1.5, 0.5);
        Gemm.gemm(a, b, c, false, false, 1.5, 0.5);
        assertEquals(EXACT, expected.sub(c).amaxNumber().doubleValue());
        assertEquals(EXACT, cParent.get(NDArrayIndex.interval(0, 8), NDArrayIndex.all()).sub(
                cParent.dup().get(NDArrayIndex.interval(0, 8), NDArrayIndex.all())).amaxNumber().doubleValue());
    }

    @ParameterizedTest
    @EnumSource(names = {"FLOAT", "DOUBLE"})
    void transposesMatchNd4j(DataType type) {
        INDArray at = Nd4j.rand(type, 3, 4);
        INDArray bt = Nd4j.rand(type, 6, 3);
        assertEquals(EXACT, Nd4j.gemm(at, bt, true, true).sub(Gemm.gemm(at, bt, true, true)).amaxNumber().doubleValue());
    }

    /** A vector reshaped to one row has row stride 1 in ND4J; BLAS still gets a valid leading dimension. */
    @ParameterizedTest
    @EnumSource(names = {"FLOAT", "DOUBLE"})
    void singleRowViewsOfVectors(DataType type) {
        INDArray a = Nd4j.rand(type, 5).reshape(1, 5);
        INDArray b = Nd4j.rand(type, 5, 7);
        INDArray c = Nd4j.rand(type, 7).reshape(1, 7);
        INDArray expected = c.dup();
        Nd4j.gemm(a.dup(), b, expected, false, false, 1.0, 1.0);
        Gemm.gemm(a, b, c, false, false, 1.0, 1.0);
        assertEquals(0.0, expected.sub(c).amaxNumber().doubleValue(), 1e-6);
    }

    @ParameterizedTest
    @EnumSource(names = {"FLOAT", "DOUBLE"})
    void columnSumsAccumulate(DataType type) {
        INDArray m = Nd4j.rand(type, 50, 8);
        INDArray target = Nd4j.ones(type, 8);
        Gemm.addColumnSums(m, target);
        assertEquals(0.0, m.sum(0).addi(1.0).sub(target).amaxNumber().doubleValue(), 1e-5);
    }
}
