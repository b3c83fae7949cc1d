package org.seq4j.seq2seq.decode;

/**
 * GNMT length penalty (Wu et al. 2016): a finished hypothesis of {@code length} tokens scores
 * {@code logP / ((5 + length) / 6)^alpha}; {@code alpha = 0} is the plain log-probability.
 */
public record LengthPenalty(double alpha) {
  private static final double BASE = 5.0;
  private static final double SCALE = 6.0;

  public LengthPenalty {
    if (!(alpha >= 0)) {
      throw new IllegalArgumentException("length penalty alpha must be >= 0, got " + alpha);
    }
  }

  public double divisor(int length) {
    return alpha == 0 ? 1.0 : Math.pow((BASE + length) / SCALE, alpha);
  }

  public double apply(double logProbability, int length) {
    return logProbability / divisor(length);
  }
}
