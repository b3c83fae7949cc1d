package org.seq4j.nn.crf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

class LinearChainCrfTest {

    private static final double EXACT = 1e-9;
    private static final double FLOAT_TOLERANCE = 1e-4;

    @Test
    void negativeLogLikelihoodEqualsBruteForceOverAllPaths() {
        for (long seed = 1; seed <= 5; seed++) {
            CrfFixture fixture = CrfFixture.random(seed, 3, 4, 4, 2, 1, 3);
            LinearChainCrf crf = new LinearChainCrf(fixture.numTags());
            double nll = crf.negativeLogLikelihood(fixture.parameters(DataType.DOUBLE),
                    fixture.emissionArray(DataType.DOUBLE), fixture.maskArray(DataType.DOUBLE), fixture.goldArray());
            BruteForceCrf brute = fixture.bruteForce();
            double expected = 0;
            for (int b = 0; b < fixture.batch(); b++) {
                double[][] e = fixture.sequenceEmissions(b);
                expected += brute.logPartition(e) - brute.score(e, fixture.goldPath(b));
            }
            assertEquals(expected / fixture.batch(), nll, EXACT, "seed " + seed);
        }
    }

    @Test
    void lossFromGradientCallMatchesLossOnlyCallAndFloatInputs() {
        CrfFixture fixture = CrfFixture.random(7, 4, 5, 5, 3, 1);
        LinearChainCrf crf = new LinearChainCrf(4);
        double lossOnly = crf.negativeLogLikelihood(fixture.parameters(DataType.DOUBLE),
                fixture.emissionArray(DataType.DOUBLE), fixture.maskArray(DataType.DOUBLE), fixture.goldArray());
        CrfGradient withGradient = crf.lossAndGradient(fixture.parameters(DataType.FLOAT),
                fixture.emissionArray(DataType.FLOAT), fixture.maskArray(DataType.FLOAT), fixture.goldArray());
        assertEquals(lossOnly, withGradient.negativeLogLikelihood(), FLOAT_TOLERANCE);
        assertEquals(DataType.FLOAT, withGradient.emissions().dataType());
        assertArrayEquals(new long[] {3, 4, 5}, withGradient.emissions().shape());
    }

    @Test
    void emissionGradientIsZeroAtPaddingAndSumsToZeroAtRealSteps() {
        CrfFixture fixture = CrfFixture.random(11, 4, 5, 5, 2, 1);
        CrfGradient gradient = new LinearChainCrf(4).lossAndGradient(fixture.parameters(DataType.DOUBLE),
                fixture.emissionArray(DataType.DOUBLE), fixture.maskArray(DataType.DOUBLE), fixture.goldArray());
        for (int b = 0; b < fixture.batch(); b++) {
            for (int t = 0; t < fixture.maxTime(); t++) {
                double sum = 0;
                double absSum = 0;
                for (int k = 0; k < 4; k++) {
                    double g = gradient.emissions().getDouble(b, k, t);
                    sum += g;
                    absSum += Math.abs(g);
                }
                assertEquals(0, sum, EXACT, "marginals minus one-hot sum to zero");
                if (t >= fixture.lengths()[b]) {
                    assertEquals(0, absSum, 0.0, "padding gets no gradient");
                }
            }
        }
    }

    @Test
    void emptySequencesContributeNothingAndDecodeToEmptyPaths() {
        CrfFixture fixture = CrfFixture.random(3, 3, 4, 0, 3, 0);
        LinearChainCrf crf = new LinearChainCrf(3);
        CrfGradient gradient = crf.lossAndGradient(fixture.parameters(DataType.DOUBLE),
                fixture.emissionArray(DataType.DOUBLE), fixture.maskArray(DataType.DOUBLE), fixture.goldArray());
        BruteForceCrf brute = fixture.bruteForce();
        double[][] e = fixture.sequenceEmissions(1);
        double expected = (brute.logPartition(e) - brute.score(e, fixture.goldPath(1))) / 3;
        assertEquals(expected, gradient.negativeLogLikelihood(), EXACT);
        assertEquals(0, gradient.emissions().get(org.nd4j.linalg.indexing.NDArrayIndex.point(0)).sumNumber().doubleValue(), 0.0);

        int[][] paths = crf.decode(fixture.parameters(DataType.DOUBLE), fixture.emissionArray(DataType.DOUBLE),
                fixture.maskArray(DataType.DOUBLE));
        assertEquals(0, paths[0].length);
        assertEquals(3, paths[1].length);
        assertEquals(0, paths[2].length);

        CrfFixture allEmpty = CrfFixture.random(3, 3, 2, 0, 0);
        assertEquals(0, crf.negativeLogLikelihood(allEmpty.parameters(DataType.DOUBLE),
                allEmpty.emissionArray(DataType.DOUBLE), allEmpty.maskArray(DataType.DOUBLE), allEmpty.goldArray()), 0.0);
    }

    @Test
    void viterbiEqualsBruteForceArgmax() {
        for (long seed = 1; seed <= 10; seed++) {
            CrfFixture fixture = CrfFixture.random(seed, 4, 5, 5, 4, 1, 2);
            int[][] paths = new LinearChainCrf(4).decode(fixture.parameters(DataType.FLOAT),
                    fixture.emissionArray(DataType.FLOAT), fixture.maskArray(DataType.FLOAT));
            for (int b = 0; b < fixture.batch(); b++) {
                assertArrayEquals(fixture.bruteForce().bestPath(fixture.sequenceEmissions(b), null), paths[b],
                        "seed " + seed + " sequence " + b);
            }
        }
    }

    @Test
    void constrainedViterbiEqualsBruteForceOverAllowedPaths() {
        List<String> tags = List.of("O", "B-PER", "I-PER", "B-LOC", "I-LOC");
        TransitionConstraints iob2 = TransitionConstraints.iob2(tags);
        assertTrue(iob2.isAllowed(1, 2));
        assertTrue(!iob2.isAllowed(0, 2) && !iob2.isAllowed(1, 4) && !iob2.isAllowedStart(2));
        for (long seed = 1; seed <= 10; seed++) {
            CrfFixture fixture = CrfFixture.random(seed, 5, 4, 4, 3, 1);
            int[][] paths = new LinearChainCrf(5).decode(fixture.parameters(DataType.DOUBLE),
                    fixture.emissionArray(DataType.DOUBLE), fixture.maskArray(DataType.DOUBLE), iob2);
            for (int b = 0; b < fixture.batch(); b++) {
                assertArrayEquals(fixture.bruteForce().bestPath(fixture.sequenceEmissions(b), iob2), paths[b],
                        "seed " + seed + " sequence " + b);
            }
        }
    }

    @Test
    void nullMaskMeansEveryStepIsReal() {
        CrfFixture fixture = CrfFixture.random(5, 3, 3, 3, 3);
        LinearChainCrf crf = new LinearChainCrf(3);
        double withMask = crf.negativeLogLikelihood(fixture.parameters(DataType.DOUBLE),
                fixture.emissionArray(DataType.DOUBLE), fixture.maskArray(DataType.DOUBLE), fixture.goldArray());
        double withoutMask = crf.negativeLogLikelihood(fixture.parameters(DataType.DOUBLE),
                fixture.emissionArray(DataType.DOUBLE), null, fixture.goldArray());
        assertEquals(withMask, withoutMask, 0.0);
    }

    @Test
    void inputsAreNotModified() {
        CrfFixture fixture = CrfFixture.random(9, 3, 4, 4, 2);
        INDArray emissions = fixture.emissionArray(DataType.FLOAT);
        CrfParameters parameters = fixture.parameters(DataType.FLOAT);
        INDArray emissionsBefore = emissions.dup();
        INDArray transitionsBefore = parameters.transitions().dup();
        LinearChainCrf crf = new LinearChainCrf(3);
        crf.lossAndGradient(parameters, emissions, fixture.maskArray(DataType.FLOAT), fixture.goldArray());
        crf.decode(parameters, emissions, fixture.maskArray(DataType.FLOAT));
        assertEquals(emissionsBefore, emissions);
        assertEquals(transitionsBefore, parameters.transitions());
    }

    @Test
    void malformedInputsAreRejectedWithShapes() {
        LinearChainCrf crf = new LinearChainCrf(3);
        CrfParameters parameters = CrfParameters.zeros(3, DataType.FLOAT);
        INDArray emissions = Nd4j.zeros(DataType.FLOAT, 2, 3, 4);
        IllegalArgumentException wrongTags = assertThrows(IllegalArgumentException.class,
                () -> crf.decode(parameters, Nd4j.zeros(DataType.FLOAT, 2, 4, 4), null));
        assertTrue(wrongTags.getMessage().contains("[2, 4, 4]"), wrongTags.getMessage());
        INDArray holeyMask = Nd4j.createFromArray(new float[][] {{1, 0, 1, 0}, {1, 1, 1, 1}});
        assertThrows(IllegalArgumentException.class, () -> crf.decode(parameters, emissions, holeyMask));
        INDArray badGold = Nd4j.createFromArray(new int[][] {{0, 1, 2, 3}, {0, 0, 0, 0}});
        IllegalArgumentException outOfRange = assertThrows(IllegalArgumentException.class,
                () -> crf.lossAndGradient(parameters, emissions, null, badGold));
        assertTrue(outOfRange.getMessage().contains("batch 0, time 3"), outOfRange.getMessage());
        assertThrows(IllegalArgumentException.class, () -> crf.decode(CrfParameters.zeros(4, DataType.FLOAT), emissions, null));
    }
}
