package org.seq4j.eval.report;

/**
 * One row of a per-tag or per-entity-type table. Scores are percentages (0-100) as conlleval
 * prints them; null means undefined (e.g. precision of a type that was never predicted). Counts
 * follow conlleval: {@code gold} is the number of gold items (the support), {@code found} the
 * number predicted, {@code correct} the number both predicted and gold. Any count may be null when
 * the producing metric does not track it.
 */
public record LabelScore(
    String label,
    Double precision,
    Double recall,
    Double f1,
    Long gold,
    Long found,
    Long correct) {

  public LabelScore {
    if (label == null) {
      throw new IllegalArgumentException("label must not be null");
    }
  }
}
