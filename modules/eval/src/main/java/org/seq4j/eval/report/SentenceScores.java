package org.seq4j.eval.report;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Every evaluated segment of one split with its sentence-level score (exported as CSV).
 *
 * @param metric the sentence-level metric, e.g. {@code bleu} or {@code accuracy}
 * @param split the split, e.g. {@code test}
 */
public record SentenceScores(String metric, String split, List<SentenceScore> rows) {

  public SentenceScores {
    rows = Copies.list(rows);
  }

  /**
   * The best and worst {@code n} scored rows. Ties keep corpus order (the sort is stable), so the
   * choice is deterministic; unscored rows are left out.
   */
  public Samples samples(int n) {
    List<SentenceScore> scored = rows.stream().filter(r -> r.score() != null).toList();
    Comparator<SentenceScore> byScore = Comparator.comparingDouble(SentenceScore::score);
    List<SentenceScore> best = scored.stream().sorted(byScore.reversed()).limit(n).toList();
    List<SentenceScore> worst = scored.stream().sorted(byScore).limit(n).toList();
    return new Samples(metric, split, best, worst);
  }

  public boolean isEmpty() {
    return rows.isEmpty();
  }

  static SentenceScores emptyIfNull(SentenceScores s) {
    return Objects.requireNonNullElse(s, new SentenceScores(null, null, List.of()));
  }
}
