package org.seq4j.nn.optim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.factory.Nd4j;
import org.seq4j.nn.param.Parameter;
import org.seq4j.nn.param.ParameterSet;

class GradientClippingTest {

  /** Gradients (3, 4) and (0, 12): global norm sqrt(9 + 16 + 144) = 13. */
  private static ParameterSet gradientsWithNorm13() {
    ParameterSet set = new ParameterSet();
    set.add(Parameter.of("x", Nd4j.zeros(2))).gradient().assign(Nd4j.createFromArray(3.0, 4.0));
    set.add(Parameter.of("y", Nd4j.zeros(2))).gradient().assign(Nd4j.createFromArray(0.0, 12.0));
    return set;
  }

  @Test
  void scalesAllGradientsToTheMaximumNormAndReturnsTheNormBefore() {
    ParameterSet set = gradientsWithNorm13();
    assertEquals(13.0, GradientClipping.clipByGlobalNorm(set, 1.3), 1e-12);
    assertEquals(1.3, GradientClipping.globalNorm(set), 1e-6);
    assertEquals(0.3, set.get("x").gradient().getDouble(0), 1e-6);
    assertEquals(1.2, set.get("y").gradient().getDouble(1), 1e-6);
  }

  @Test
  void leavesSmallGradientsAlone() {
    ParameterSet set = gradientsWithNorm13();
    assertEquals(13.0, GradientClipping.clipByGlobalNorm(set, 20.0), 1e-12);
    assertEquals(3.0, set.get("x").gradient().getDouble(0), 0.0);
  }
}
