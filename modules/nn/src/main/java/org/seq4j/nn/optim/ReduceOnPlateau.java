package org.seq4j.nn.optim;

/**
 * Multiplies the learning rate by {@code factor} when the dev metric has not improved for more
 * than {@code patience} epochs, never going below {@code minRate} — PyTorch's
 * {@code ReduceLROnPlateau} with an absolute threshold ({@code threshold_mode='abs'}) and no
 * cooldown. After a reduction the count of bad epochs starts again; the best value is kept.
 *
 * <p>An epoch without a metric (NaN) counts as not improving. Stateful: one instance per run.
 */
public final class ReduceOnPlateau implements LearningRateSchedule {

  private final MetricMode mode;
  private final double factor;
  private final int patience;
  private final double minRate;
  private final double minDelta;
  private double best;
  private int badEpochs;

  /**
   * @param factor in (0, 1)
   * @param patience epochs without improvement tolerated before reducing (0 = reduce at once)
   * @param minDelta how much a metric must beat the best to count as an improvement (>= 0)
   */
  public ReduceOnPlateau(MetricMode mode, double factor, int patience, double minRate, double minDelta) {
    if (!(factor > 0 && factor < 1) || patience < 0 || !(minRate >= 0) || !(minDelta >= 0)) {
      throw new IllegalArgumentException("need 0 < factor < 1, patience >= 0, minRate >= 0, minDelta >= 0; got "
          + factor + ", " + patience + ", " + minRate + ", " + minDelta);
    }
    this.mode = mode;
    this.factor = factor;
    this.patience = patience;
    this.minRate = minRate;
    this.minDelta = minDelta;
    this.best = mode.worst();
  }

  @Override
  public double afterEpoch(int epoch, double currentRate, double devMetric) {
    if (mode.improves(devMetric, best, minDelta)) {
      best = devMetric;
      badEpochs = 0;
      return currentRate;
    }
    badEpochs++;
    if (badEpochs > patience) {
      badEpochs = 0;
      return Math.max(currentRate * factor, minRate);
    }
    return currentRate;
  }

  /** The best metric seen so far (NaN before the first). */
  public double best() {
    return best;
  }

  /** Epochs since the last improvement or reduction. */
  public int badEpochs() {
    return badEpochs;
  }
}
