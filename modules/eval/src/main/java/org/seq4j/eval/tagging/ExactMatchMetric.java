package org.seq4j.eval.tagging;

import org.seq4j.eval.Metric;

/**
 * Sequence-level exact match as a {@link Metric}: a segment matches when the hypothesis has the
 * same tokens as the reference, in the same order. Statistics {@code [matches, segments]}, score
 * {@code 100 · matches / segments} (0 for no segments).
 */
public final class ExactMatchMetric implements Metric<SequencePair> {

  /** Index of the match count in the statistics. */
  public static final int MATCHES = 0;
  /** Index of the segment count in the statistics. */
  public static final int SEGMENTS = 1;

  private static final int STATISTICS = 2;
  private static final double PERCENT = 100.0;

  @Override
  public String name() {
    return "exact_match";
  }

  @Override
  public double[] statistics(SequencePair segment) {
    double[] stats = new double[STATISTICS];
    stats[MATCHES] = segment.reference().equals(segment.hypothesis()) ? 1 : 0;
    stats[SEGMENTS] = 1;
    return stats;
  }

  @Override
  public double score(double[] summedStatistics) {
    double segments = summedStatistics[SEGMENTS];
    return segments > 0 ? PERCENT * summedStatistics[MATCHES] / segments : 0.0;
  }
}
