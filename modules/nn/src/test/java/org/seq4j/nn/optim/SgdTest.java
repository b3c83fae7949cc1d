package org.seq4j.nn.optim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SgdTest {

  private static final double LR = 0.5;
  private static final double TOLERANCE = 1e-12;

  @Test
  void plainStepIsLearningRateTimesGradient() {
    OptimizerFixture f = new OptimizerFixture();
    Sgd sgd = new Sgd(f.parameters, LR);
    f.setGradients(0);
    sgd.step();
    assertEquals(1.0 - 0.25, f.values()[0], TOLERANCE);
    assertEquals(3.0 + 1.5, f.values()[4], TOLERANCE);
  }

  @Test
  void momentumByHandForThreeSteps() {
    // a[0]: gradients 0.5, 0.4, -0.6 with momentum 0.9:
    // buf1 = 0.5 -> p = 1 - 0.25 = 0.75
    // buf2 = 0.45 + 0.4 = 0.85 -> p = 0.75 - 0.425 = 0.325
    // buf3 = 0.765 - 0.6 = 0.165 -> p = 0.325 - 0.0825 = 0.2425
    OptimizerFixture f = new OptimizerFixture();
    Sgd sgd = new Sgd(f.parameters, LR, 0.9, 0.0);
    double[] expected = {0.75, 0.325, 0.2425};
    for (int step = 0; step < 3; step++) {
      f.setGradients(step);
      sgd.step();
      assertEquals(expected[step], f.values()[0], TOLERANCE);
    }
  }

  @Test
  void threeStepsWithMomentumAndWeightDecayMatchTheTorchFormulas() {
    double momentum = 0.8;
    double weightDecay = 0.1;
    OptimizerFixture f = new OptimizerFixture();
    Sgd sgd = new Sgd(f.parameters, LR, momentum, weightDecay);
    double[] p = OptimizerFixture.initialValues();
    double[] buf = new double[p.length];
    for (int step = 0; step < 3; step++) {
      f.setGradients(step);
      sgd.step();
      for (int i = 0; i < p.length; i++) {
        double g = OptimizerFixture.GRADIENTS[step][i] + weightDecay * p[i];
        buf[i] = momentum * buf[i] + g;
        p[i] -= LR * buf[i];
      }
      assertArrayEquals(p, f.values(), TOLERANCE, "step " + (step + 1));
    }
  }
}
