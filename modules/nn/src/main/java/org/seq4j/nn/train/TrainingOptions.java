package org.seq4j.nn.train;

import java.util.Objects;
import org.seq4j.nn.optim.MetricMode;

/**
 * Settings of the training loop.
 *
 * @param maxEpochs upper bound on epochs (>= 1)
 * @param clipNorm global gradient-norm limit, or {@link #NO_CLIPPING}
 * @param devMetric name of the dev metric that selects the best epoch (e.g. {@code accuracy})
 * @param mode whether larger or smaller {@code devMetric} is better
 * @param patience stop after this many consecutive epochs without improvement; {@link #NO_EARLY_STOPPING} never stops early
 * @param minDelta how much the metric must beat the best to count as improvement
 */
public record TrainingOptions(int maxEpochs, double clipNorm, String devMetric, MetricMode mode, int patience,
    double minDelta) {

  public static final double NO_CLIPPING = 0.0;
  public static final int NO_EARLY_STOPPING = Integer.MAX_VALUE;

  public TrainingOptions {
    if (maxEpochs < 1 || clipNorm < 0 || patience < 1 || !(minDelta >= 0)) {
      throw new IllegalArgumentException("need maxEpochs >= 1, clipNorm >= 0, patience >= 1, minDelta >= 0; got "
          + maxEpochs + ", " + clipNorm + ", " + patience + ", " + minDelta);
    }
    Objects.requireNonNull(devMetric, "devMetric");
    Objects.requireNonNull(mode, "mode");
  }
}
