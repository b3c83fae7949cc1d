package org.seq4j.nn.layers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

class MaskedSoftmaxCrossEntropyTest {

  private static final int CLASSES = 4;
  private static final double SMOOTHING = 0.1;

  private final INDArray logits =
      Nd4j.randn(Nd4j.getRandomFactory().getNewRandomInstance(21), 2, 3, CLASSES).castTo(DataType.DOUBLE);
  /** The masked targets hold out-of-range garbage on purpose: padding is ignored. */
  private final INDArray targets = Nd4j.createFromArray(new int[][] {{1, 3, 0}, {2, -1, 9}});
  private final INDArray mask = Nd4j.createFromArray(new double[][] {{1, 1, 1}, {1, 0, 0}});

  @Test
  void lossIsMeanNegativeLogProbabilityOverRealTokens() {
    double expected = 0;
    int[][] real = {{0, 0, 1}, {0, 1, 3}, {0, 2, 0}, {1, 0, 2}};
    for (int[] r : real) {
      double logZ = 0;
      for (int k = 0; k < CLASSES; k++) {
        logZ += Math.exp(logits.getDouble(r[0], r[1], k));
      }
      expected += Math.log(logZ) - logits.getDouble(r[0], r[1], r[2]);
    }
    LossAndGradient result = new MaskedSoftmaxCrossEntropy(0).lossAndGradient(logits, targets, mask);
    assertEquals(expected / real.length, result.loss(), 1e-12);
    assertEquals(real.length, result.tokens());
    assertEquals(0.0, result.gradient().getDouble(1, 1, 2), 0.0, "no gradient at padding");
  }

  @Test
  void labelSmoothedLossMatchesDefinition() {
    double expected = 0;
    int[][] real = {{0, 0, 1}, {0, 1, 3}, {0, 2, 0}, {1, 0, 2}};
    for (int[] r : real) {
      double logZ = 0;
      for (int k = 0; k < CLASSES; k++) {
        logZ += Math.exp(logits.getDouble(r[0], r[1], k));
      }
      for (int k = 0; k < CLASSES; k++) {
        double q = (k == r[2] ? 1 - SMOOTHING : 0) + SMOOTHING / CLASSES;
        expected -= q * (logits.getDouble(r[0], r[1], k) - Math.log(logZ));
      }
    }
    assertEquals(expected / real.length, new MaskedSoftmaxCrossEntropy(SMOOTHING).loss(logits, targets, mask), 1e-12);
  }

  @Test
  void gradientMatchesFiniteDifferences() {
    for (double smoothing : new double[] {0, SMOOTHING}) {
      MaskedSoftmaxCrossEntropy loss = new MaskedSoftmaxCrossEntropy(smoothing);
      INDArray analytic = loss.lossAndGradient(logits, targets, mask).gradient();
      FiniteDifferences.check("logits(eps=" + smoothing + ")", logits, analytic,
          () -> loss.loss(logits, targets, mask));
    }
  }

  @Test
  void stableForHugeLogits() {
    INDArray huge = Nd4j.createFromArray(new float[][][] {{{1e4f, -1e4f, 0f, 3e4f}}});
    INDArray target = Nd4j.createFromArray(new int[][] {{3}});
    LossAndGradient result = new MaskedSoftmaxCrossEntropy(0).lossAndGradient(huge, target, null);
    assertEquals(0.0, result.loss(), 1e-6);
    assertFalse(Double.isNaN(result.gradient().sumNumber().doubleValue()));
    LossAndGradient wrong = new MaskedSoftmaxCrossEntropy(0).lossAndGradient(huge, Nd4j.createFromArray(new int[][] {{0}}), null);
    assertEquals(2e4, wrong.loss(), 1.0);
  }

  /** The in-place variant gives the same loss and gradient, also for a target probability that underflows. */
  @Test
  void inPlaceMatchesOutOfPlace() {
    for (double smoothing : new double[] {0, SMOOTHING}) {
      MaskedSoftmaxCrossEntropy loss = new MaskedSoftmaxCrossEntropy(smoothing);
      LossAndGradient expected = loss.lossAndGradient(logits, targets, mask);
      LossAndGradient actual = loss.lossAndGradientInPlace(logits.dup(), targets, mask);
      assertEquals(expected.loss(), actual.loss(), 1e-12);
      assertEquals(0.0, expected.gradient().sub(actual.gradient()).amaxNumber().doubleValue(), 1e-15);
    }
    INDArray huge = Nd4j.createFromArray(new float[][][] {{{1e4f, -1e4f, 0f, 3e4f}}});
    LossAndGradient wrong = new MaskedSoftmaxCrossEntropy(SMOOTHING)
        .lossAndGradientInPlace(huge, Nd4j.createFromArray(new int[][] {{0}}), null);
    LossAndGradient reference = new MaskedSoftmaxCrossEntropy(SMOOTHING)
        .lossAndGradient(Nd4j.createFromArray(new float[][][] {{{1e4f, -1e4f, 0f, 3e4f}}}),
            Nd4j.createFromArray(new int[][] {{0}}), null);
    assertEquals(reference.loss(), wrong.loss(), 1e-3);
  }

  @Test
  void allPaddingGivesZeroLossAndGradient() {
    LossAndGradient result = new MaskedSoftmaxCrossEntropy(0)
        .lossAndGradient(logits, targets, Nd4j.zeros(DataType.DOUBLE, 2, 3));
    assertEquals(0.0, result.loss(), 0.0);
    assertEquals(0, result.tokens());
    assertEquals(0.0, result.gradient().sumNumber().doubleValue(), 0.0);
  }

  @Test
  void doesNotModifyInputsAndRejectsBadTargets() {
    INDArray before = logits.dup();
    new MaskedSoftmaxCrossEntropy(SMOOTHING).lossAndGradient(logits, targets, mask);
    assertEquals(before, logits);
    assertThrows(IllegalArgumentException.class,
        () -> new MaskedSoftmaxCrossEntropy(0).loss(logits, targets, null));
    assertThrows(IllegalArgumentException.class, () -> new MaskedSoftmaxCrossEntropy(1.0));
  }
}
