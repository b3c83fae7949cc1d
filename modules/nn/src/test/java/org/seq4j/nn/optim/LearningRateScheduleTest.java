package org.seq4j.nn.optim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LearningRateScheduleTest {

  private static final double RATE = 0.1;

  @Test
  void constantKeepsTheRate() {
    assertEquals(0.07, LearningRateSchedule.constant().afterEpoch(5, 0.07, Double.NaN), 0.0);
  }

  @Test
  void stepDecayHalvesEveryTwoEpochs() {
    LearningRateSchedule s = LearningRateSchedule.stepDecay(RATE, 0.5, 2);
    assertEquals(0.1, s.afterEpoch(1, RATE, 0), 1e-15);
    assertEquals(0.05, s.afterEpoch(2, RATE, 0), 1e-15);
    assertEquals(0.05, s.afterEpoch(3, RATE, 0), 1e-15);
    assertEquals(0.025, s.afterEpoch(4, RATE, 0), 1e-15);
  }

  @Test
  void exponentialDecay() {
    LearningRateSchedule s = LearningRateSchedule.exponentialDecay(RATE, 0.9);
    assertEquals(0.09, s.afterEpoch(1, RATE, 0), 1e-15);
    assertEquals(0.081, s.afterEpoch(2, 0.09, 0), 1e-15);
  }

  @Test
  void plateauReducesAfterPatienceExceededInMaxMode() {
    ReduceOnPlateau s = new ReduceOnPlateau(MetricMode.MAX, 0.5, 1, 0.02, 0.0);
    double lr = RATE;
    lr = s.afterEpoch(1, lr, 80.0); // best 80
    assertEquals(0.1, lr, 0.0);
    lr = s.afterEpoch(2, lr, 79.0); // bad 1 <= patience
    assertEquals(0.1, lr, 0.0);
    lr = s.afterEpoch(3, lr, 80.0); // equal is not better: bad 2 > patience -> reduce
    assertEquals(0.05, lr, 1e-15);
    lr = s.afterEpoch(4, lr, 81.0); // improvement resets
    assertEquals(0.05, lr, 1e-15);
    assertEquals(81.0, s.best(), 0.0);
    lr = s.afterEpoch(5, lr, 70.0);
    lr = s.afterEpoch(6, lr, 70.0);
    assertEquals(0.025, lr, 1e-15);
    lr = s.afterEpoch(7, lr, 70.0);
    lr = s.afterEpoch(8, lr, 70.0);
    assertEquals(0.02, lr, 1e-15, "never below the minimum rate");
  }

  @Test
  void plateauInMinModeWithMinDeltaAndMissingMetrics() {
    ReduceOnPlateau s = new ReduceOnPlateau(MetricMode.MIN, 0.1, 0, 0.0, 0.05);
    double lr = s.afterEpoch(1, RATE, 2.0);
    assertEquals(RATE, lr, 0.0);
    lr = s.afterEpoch(2, lr, 1.99); // improves by less than minDelta: bad, patience 0 -> reduce
    assertEquals(0.01, lr, 1e-15);
    lr = s.afterEpoch(3, lr, 1.5);
    assertEquals(0.01, lr, 1e-15);
    lr = s.afterEpoch(4, lr, Double.NaN);
    assertEquals(0.001, lr, 1e-15);
  }
}
