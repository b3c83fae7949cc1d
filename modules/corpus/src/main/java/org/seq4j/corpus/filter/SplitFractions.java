package org.seq4j.corpus.filter;

/**
 * Shares of a corpus for training, development and test; each in [0, 1], summing to 1.
 *
 * @param train training share
 * @param dev development (validation) share
 * @param test test share
 */
public record SplitFractions(double train, double dev, double test) {

  /** Allowed rounding error when checking that the fractions sum to 1. */
  public static final double SUM_TOLERANCE = 1e-9;

  public SplitFractions {
    check("train", train);
    check("dev", dev);
    check("test", test);
    double sum = train + dev + test;
    if (Math.abs(sum - 1) > SUM_TOLERANCE) {
      throw new IllegalArgumentException(
          "split fractions must sum to 1, got " + train + " + " + dev + " + " + test + " = " + sum);
    }
  }

  private static void check(String name, double fraction) {
    if (!(fraction >= 0 && fraction <= 1)) {
      throw new IllegalArgumentException(name + " fraction must be in [0, 1], got " + fraction);
    }
  }
}
