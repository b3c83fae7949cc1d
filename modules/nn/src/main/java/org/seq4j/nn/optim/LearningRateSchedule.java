package org.seq4j.nn.optim;

/**
 * Sets the learning rate between epochs. The training loop calls {@link #afterEpoch} once after
 * each epoch, with the dev metric of that epoch, and applies the returned rate to the optimizer.
 *
 * <p>Epoch-level only, like PyTorch's {@code StepLR}, {@code ExponentialLR} and
 * {@code ReduceLROnPlateau} stepped once per epoch: the recurrent models here train for a few tens
 * of epochs and tune their rate per epoch. Schedules may be stateful (plateau); use a fresh
 * instance per run.
 */
public interface LearningRateSchedule {

  /**
   * The learning rate for the next epoch.
   *
   * @param epoch the epoch just finished, 1-based
   * @param currentRate the rate used during that epoch
   * @param devMetric the dev metric after it, or NaN when there was no evaluation
   */
  double afterEpoch(int epoch, double currentRate, double devMetric);

  /** Keeps the rate. */
  static LearningRateSchedule constant() {
    return (epoch, currentRate, devMetric) -> currentRate;
  }

  /** {@code initialRate * factor^floor(epoch / stepEpochs)} (PyTorch's StepLR). */
  static LearningRateSchedule stepDecay(double initialRate, double factor, int stepEpochs) {
    if (stepEpochs < 1 || !(factor > 0)) {
      throw new IllegalArgumentException("step decay needs stepEpochs >= 1 and factor > 0, got "
          + stepEpochs + " and " + factor);
    }
    return (epoch, currentRate, devMetric) -> initialRate * Math.pow(factor, Math.floorDiv(epoch, stepEpochs));
  }

  /** {@code initialRate * factor^epoch} (PyTorch's ExponentialLR). */
  static LearningRateSchedule exponentialDecay(double initialRate, double factor) {
    if (!(factor > 0)) {
      throw new IllegalArgumentException("factor must be > 0, got " + factor);
    }
    return (epoch, currentRate, devMetric) -> initialRate * Math.pow(factor, epoch);
  }
}
