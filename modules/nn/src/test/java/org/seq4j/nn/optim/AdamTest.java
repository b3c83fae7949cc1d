package org.seq4j.nn.optim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class AdamTest {

  private static final double LR = 0.1;
  private static final double BETA1 = 0.9;
  private static final double BETA2 = 0.999;
  private static final double EPS = 1e-8;
  private static final double TOLERANCE = 1e-12;

  @Test
  void firstStepMovesEachValueByAboutTheLearningRate() {
    OptimizerFixture f = new OptimizerFixture();
    Adam adam = new Adam(f.parameters, LR);
    f.setGradients(0);
    adam.step();
    // Step 1: m^ = g, v^ = g^2, so the update is lr * g / (|g| + eps) = lr * sign(g) (0 for g = 0).
    assertEquals(0.9, f.values()[0], 1e-8);
    assertEquals(-1.9, f.values()[1], 1e-8);
    assertEquals(0.5, f.values()[2], 0.0);
    assertEquals(3.1, f.values()[4], 1e-8);
  }

  @Test
  void threeStepsMatchTheTorchFormulas() {
    for (double weightDecay : new double[] {0.0, 0.01}) {
      OptimizerFixture f = new OptimizerFixture();
      Adam adam = new Adam(f.parameters, LR, BETA1, BETA2, EPS, weightDecay);
      double[] p = OptimizerFixture.initialValues();
      double[] m = new double[p.length];
      double[] v = new double[p.length];
      for (int step = 0; step < 3; step++) {
        f.setGradients(step);
        adam.step();
        int t = step + 1;
        for (int i = 0; i < p.length; i++) {
          double g = OptimizerFixture.GRADIENTS[step][i] + weightDecay * p[i];
          m[i] = BETA1 * m[i] + (1 - BETA1) * g;
          v[i] = BETA2 * v[i] + (1 - BETA2) * g * g;
          double mHat = m[i] / (1 - Math.pow(BETA1, t));
          double vHat = v[i] / (1 - Math.pow(BETA2, t));
          p[i] -= LR * mHat / (Math.sqrt(vHat) + EPS);
        }
        assertArrayEquals(p, f.values(), TOLERANCE, "step " + t + " weight decay " + weightDecay);
      }
      assertEquals(3, adam.steps());
      assertEquals(OptimizerFixture.GRADIENTS[2][0], f.a.gradient().getDouble(0), 0.0, "gradient only read");
    }
  }

  @Test
  void learningRateChangeTakesEffect() {
    OptimizerFixture f = new OptimizerFixture();
    Adam adam = new Adam(f.parameters, LR);
    adam.setLearningRate(0.0);
    f.setGradients(0);
    adam.step();
    assertArrayEquals(OptimizerFixture.initialValues(), f.values(), 0.0);
  }
}
