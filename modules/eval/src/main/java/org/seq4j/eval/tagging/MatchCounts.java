package org.seq4j.eval.tagging;

/**
 * Gold, found (predicted) and correct counts of one label (an entity type, all entity types
 * together, or one tag) and the scores conlleval derives from them, as percentages (0-100).
 *
 * <p>Design: the empty-count rules are conlleval's: precision is 0 when nothing was found, recall
 * is 0 when there is no gold chunk, and F1 is 0 when precision + recall is 0. The arithmetic is done
 * in the same order as conlleval.pl ({@code 100*correct/found}, {@code 2*p*r/(p+r)}), so the
 * doubles are identical to Perl's and round identically when printed.
 *
 * @param gold number of gold items (chunks, or tokens with this tag)
 * @param found number of predicted items
 * @param correct number of predicted items that match a gold item (for chunks: same span and
 *     type)
 */
public record MatchCounts(long gold, long found, long correct) {

  /** The all-zero counts. */
  public static final MatchCounts ZERO = new MatchCounts(0, 0, 0);

  private static final double PERCENT = 100.0;
  private static final double HARMONIC_FACTOR = 2.0;

  public MatchCounts {
    if (gold < 0 || found < 0 || correct < 0) {
      throw new IllegalArgumentException(
          "invalid chunk counts: gold " + gold + ", found " + found + ", correct " + correct);
    }
  }

  /** Element-wise sum. */
  public MatchCounts plus(MatchCounts other) {
    return new MatchCounts(gold + other.gold, found + other.found, correct + other.correct);
  }

  /** 100 · correct / found, or 0 when nothing was found. */
  public double precision() {
    return precision(correct, found);
  }

  /** 100 · correct / gold, or 0 when there is no gold chunk. */
  public double recall() {
    return recall(correct, gold);
  }

  /** Harmonic mean of precision and recall, or 0 when both are 0. */
  public double f1() {
    return f1(precision(), recall());
  }

  static double precision(double correct, double found) {
    return found > 0 ? PERCENT * correct / found : 0.0;
  }

  static double recall(double correct, double gold) {
    return gold > 0 ? PERCENT * correct / gold : 0.0;
  }

  static double f1(double precision, double recall) {
    return precision + recall > 0 ? HARMONIC_FACTOR * precision * recall / (precision + recall) : 0.0;
  }
}
