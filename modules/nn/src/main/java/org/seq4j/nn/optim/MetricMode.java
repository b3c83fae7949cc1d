package org.seq4j.nn.optim;

/** Whether a larger or a smaller value of a dev metric is better (accuracy: MAX, loss: MIN). */
public enum MetricMode {
  MAX,
  MIN;

  /** True when {@code candidate} beats {@code best} by more than {@code minDelta}; NaN never does. */
  public boolean improves(double candidate, double best, double minDelta) {
    if (Double.isNaN(candidate)) {
      return false;
    }
    if (Double.isNaN(best)) {
      return true;
    }
    return this == MAX ? candidate > best + minDelta : candidate < best - minDelta;
  }

  /** The starting "best" value that any real metric improves on. */
  public double worst() {
    return Double.NaN;
  }
}
