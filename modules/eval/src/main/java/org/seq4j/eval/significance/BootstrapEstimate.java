package org.seq4j.eval.significance;

/**
 * The bootstrap distribution of one quantity (a system's score, or the difference of two): its mean
 * over the resamples and a confidence interval read off the sorted resampled values.
 *
 * @param mean mean over the resamples
 * @param lower lower bound of the confidence interval
 * @param upper upper bound of the confidence interval
 */
public record BootstrapEstimate(double mean, double lower, double upper) {

  private static final double HALF = 0.5;

  /** Half the interval's width: what sacreBLEU prints after {@code ±}. */
  public double halfWidth() {
    return HALF * (upper - lower);
  }
}
