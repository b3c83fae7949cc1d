package org.seq4j.nn.crf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/** The Java-array CRF and the independent ND4J-ops formulation agree on loss and every gradient. */
class NdArrayAgreementTest {

    private static final double TOLERANCE = 1e-10;

    @Test
    void javaAndNd4jImplementationsAgree() {
        CrfFixture fixture = CrfFixture.random(17, 5, 6, 6, 4, 1, 0, 3);
        INDArray emissions = fixture.emissionArray(DataType.DOUBLE);
        INDArray mask = fixture.maskArray(DataType.DOUBLE);
        CrfParameters parameters = fixture.parameters(DataType.DOUBLE);
        CrfGradient java = new LinearChainCrf(5).lossAndGradient(parameters, emissions, mask, fixture.goldArray());
        NdArrayCrfReference.Result nd4j = NdArrayCrfReference.lossAndGradient(parameters, emissions, mask,
                NdArrayCrfReference.oneHot(fixture.gold(), 5, DataType.DOUBLE));
        assertEquals(nd4j.negativeLogLikelihood(), java.negativeLogLikelihood(), TOLERANCE);
        assertClose(nd4j.emissions(), java.emissions());
        assertClose(nd4j.transitions(), java.transitions());
        assertClose(nd4j.start(), java.start());
        assertClose(nd4j.end(), java.end());
    }

    private static void assertClose(INDArray expected, INDArray actual) {
        assertEquals(0, expected.sub(actual).norm1Number().doubleValue(), TOLERANCE,
                () -> "expected " + expected + " got " + actual);
    }
}
