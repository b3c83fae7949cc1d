package org.seq4j.eval.tagging;

import org.seq4j.eval.Metric;

/**
 * Token accuracy as a {@link Metric}: statistics {@code [correct tokens, tokens]}, score {@code
 * 100 · correct / tokens} (0 for no tokens). A token is correct when its predicted tag string
 * equals the gold tag string.
 */
public final class TokenAccuracyMetric implements Metric<TaggedSentence> {

  /** Index of the correct-token count in the statistics. */
  public static final int CORRECT = 0;
  /** Index of the token count in the statistics. */
  public static final int TOTAL = 1;

  private static final int STATISTICS = 2;
  private static final double PERCENT = 100.0;

  @Override
  public String name() {
    return "accuracy";
  }

  @Override
  public double[] statistics(TaggedSentence segment) {
    double[] stats = new double[STATISTICS];
    for (int i = 0; i < segment.size(); i++) {
      if (segment.gold().get(i).equals(segment.predicted().get(i))) {
        stats[CORRECT]++;
      }
    }
    stats[TOTAL] = segment.size();
    return stats;
  }

  @Override
  public double score(double[] summedStatistics) {
    double total = summedStatistics[TOTAL];
    return total > 0 ? PERCENT * summedStatistics[CORRECT] / total : 0.0;
  }
}
