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

  /** FLOAT parameters take the fused path; longer than one of its chunks, with weight decay. */
  @Test
  void fusedFloatPathMatchesTheTorchFormulas() {
    int length = 20_000;
    java.util.Random random = new java.util.Random(3);
    double[] p = random.doubles(length, -1, 1).toArray();
    org.seq4j.nn.param.ParameterSet set = new org.seq4j.nn.param.ParameterSet();
    org.seq4j.nn.param.Parameter parameter = set.add(org.seq4j.nn.param.Parameter.of("w",
        org.nd4j.linalg.factory.Nd4j.createFromArray(p).castTo(org.nd4j.linalg.api.buffer.DataType.FLOAT)
            .reshape(100, 200)));
    p = parameter.value().castTo(org.nd4j.linalg.api.buffer.DataType.DOUBLE).reshape(length).toDoubleVector();
    double weightDecay = 0.01;
    Adam adam = new Adam(set, LR, BETA1, BETA2, EPS, weightDecay);
    double[] m = new double[length];
    double[] v = new double[length];
    for (int t = 1; t <= 3; t++) {
      double[] g = random.doubles(length, -2, 2).toArray();
      parameter.gradient().assign(org.nd4j.linalg.factory.Nd4j.createFromArray(g).reshape(100, 200));
      adam.step();
      for (int i = 0; i < length; i++) {
        double gi = (float) g[i] + weightDecay * p[i];
        m[i] = BETA1 * m[i] + (1 - BETA1) * gi;
        v[i] = BETA2 * v[i] + (1 - BETA2) * gi * gi;
        p[i] -= LR * (m[i] / (1 - Math.pow(BETA1, t))) / (Math.sqrt(v[i] / (1 - Math.pow(BETA2, t))) + EPS);
      }
    }
    double[] actual = parameter.value().castTo(org.nd4j.linalg.api.buffer.DataType.DOUBLE).reshape(length)
        .toDoubleVector();
    assertArrayEquals(p, actual, 1e-5);
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

  /** Saving state after step 2 and restoring it into a fresh Adam continues exactly (both paths). */
  @Test
  void restoredStateContinuesExactly() {
    OptimizerFixture uninterrupted = new OptimizerFixture();
    Adam first = new Adam(uninterrupted.parameters, LR);
    OptimizerFixture resumed = new OptimizerFixture();
    Adam before = new Adam(resumed.parameters, LR);
    for (int step = 0; step < 2; step++) {
      uninterrupted.setGradients(step);
      first.step();
      resumed.setGradients(step);
      before.step();
    }
    Adam after = new Adam(resumed.parameters, LR);
    after.restore(before.steps(), before.state());
    uninterrupted.setGradients(2);
    first.step();
    resumed.setGradients(2);
    after.step();
    assertArrayEquals(uninterrupted.values(), resumed.values(), 0.0);
    assertEquals(3, after.steps());

    org.seq4j.nn.param.ParameterSet floats = new org.seq4j.nn.param.ParameterSet();
    org.seq4j.nn.param.Parameter w = floats.add(org.seq4j.nn.param.Parameter.of("w",
        org.nd4j.linalg.factory.Nd4j.rand(org.nd4j.linalg.api.buffer.DataType.FLOAT, 100, 100)));
    Adam fused = new Adam(floats, LR);
    w.gradient().assign(1.5);
    fused.step();
    Adam copy = new Adam(floats, LR);
    copy.restore(fused.steps(), fused.state());
    assertEquals(fused.state(), copy.state());
  }
}
