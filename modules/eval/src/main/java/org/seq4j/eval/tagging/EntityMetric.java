package org.seq4j.eval.tagging;

import java.util.Locale;
import org.seq4j.eval.Metric;

/**
 * Micro-averaged entity precision, recall or F1 as a {@link Metric}: statistics {@code [gold
 * chunks, found chunks, correct chunks]} per sentence, decoded with the given {@link
 * ChunkDecoder}; the score follows conlleval's arithmetic and empty-count rules ({@link
 * MatchCounts}).
 */
public final class EntityMetric implements Metric<TaggedSentence> {

  /** Which of the three entity scores this metric reports. */
  public enum Score {
    PRECISION,
    RECALL,
    F1
  }

  /** Index of the gold chunk count in the statistics. */
  public static final int GOLD = 0;
  /** Index of the found (predicted) chunk count in the statistics. */
  public static final int FOUND = 1;
  /** Index of the correct chunk count in the statistics. */
  public static final int CORRECT = 2;

  private final EntityScorer scorer;
  private final Score score;

  public EntityMetric(ChunkDecoder decoder, Score score) {
    this.scorer = new EntityScorer(decoder);
    this.score = score;
  }

  /** Entity F1 with the given decoder. */
  public static EntityMetric f1(ChunkDecoder decoder) {
    return new EntityMetric(decoder, Score.F1);
  }

  @Override
  public String name() {
    return score.name().toLowerCase(Locale.ROOT);
  }

  @Override
  public double[] statistics(TaggedSentence segment) {
    MatchCounts counts = scorer.sentenceCounts(segment);
    double[] stats = new double[CORRECT + 1];
    stats[GOLD] = counts.gold();
    stats[FOUND] = counts.found();
    stats[CORRECT] = counts.correct();
    return stats;
  }

  @Override
  public double score(double[] s) {
    double precision = MatchCounts.precision(s[CORRECT], s[FOUND]);
    double recall = MatchCounts.recall(s[CORRECT], s[GOLD]);
    return switch (score) {
      case PRECISION -> precision;
      case RECALL -> recall;
      case F1 -> MatchCounts.f1(precision, recall);
    };
  }
}
