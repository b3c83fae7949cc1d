package org.seq4j.nn.crf;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Analytic gradient against central finite differences, in double precision: batch 3, up to 5 steps
 * with lengths 5, 3 and 1 (so padding and length-1 sequences are covered), 4 tags.
 */
class CrfGradientCheckTest {

    private static final double STEP = 1e-5;
    private static final double MAX_RELATIVE_ERROR = 1e-5;
    /** Below this magnitude both gradients count as zero and only the absolute error is checked. */
    private static final double ZERO_GRADIENT = 1e-8;

    private final CrfFixture fixture = CrfFixture.random(42, 4, 5, 5, 3, 1);
    private final LinearChainCrf crf = new LinearChainCrf(4);
    private final INDArray mask = fixture.maskArray(DataType.DOUBLE);
    private final INDArray gold = fixture.goldArray();

    @Test
    void emissionGradientMatchesFiniteDifferences() {
        INDArray emissions = fixture.emissionArray(DataType.DOUBLE);
        CrfParameters parameters = fixture.parameters(DataType.DOUBLE);
        INDArray analytic = crf.lossAndGradient(parameters, emissions, mask, gold).emissions();
        checkEveryEntry("emissions", emissions, analytic, () -> crf.negativeLogLikelihood(parameters, emissions, mask, gold));
    }

    @Test
    void parameterGradientsMatchFiniteDifferences() {
        INDArray emissions = fixture.emissionArray(DataType.DOUBLE);
        CrfParameters parameters = fixture.parameters(DataType.DOUBLE);
        CrfGradient gradient = crf.lossAndGradient(parameters, emissions, mask, gold);
        java.util.function.DoubleSupplier loss = () -> crf.negativeLogLikelihood(parameters, emissions, mask, gold);
        checkEveryEntry("transitions", parameters.transitions(), gradient.transitions(), loss);
        checkEveryEntry("start", parameters.start(), gradient.start(), loss);
        checkEveryEntry("end", parameters.end(), gradient.end(), loss);
    }

    /** Perturbs each entry of {@code values} in place (test-owned array), restoring it afterwards. */
    private static void checkEveryEntry(String name, INDArray values, INDArray analytic, java.util.function.DoubleSupplier loss) {
        INDArray flatValues = values.reshape(values.length());
        INDArray flatAnalytic = analytic.reshape(analytic.length());
        for (long i = 0; i < values.length(); i++) {
            final long index = i;
            double original = flatValues.getDouble(i);
            DoubleUnaryOperator at = x -> {
                flatValues.putScalar(index, x);
                return loss.getAsDouble();
            };
            double numeric = (at.applyAsDouble(original + STEP) - at.applyAsDouble(original - STEP)) / (2 * STEP);
            flatValues.putScalar(i, original);
            double exact = flatAnalytic.getDouble(i);
            double scale = Math.max(Math.abs(exact), Math.abs(numeric));
            double error = scale < ZERO_GRADIENT ? Math.abs(exact - numeric) : Math.abs(exact - numeric) / scale;
            assertTrue(error < MAX_RELATIVE_ERROR, name + "[" + i + "]: analytic " + exact + " numeric " + numeric
                    + " relative error " + error);
        }
    }
}
