package org.seq4j.eval.tagging;

import java.util.Map;

/**
 * What conlleval.pl reports: the token count, the number of tokens whose whole gold and predicted
 * tag strings are equal, and the chunk counts. {@link #toText()} renders conlleval's standard
 * output byte for byte (as a Java string).
 *
 * @param tokens number of tokens (sentence boundaries are not tokens)
 * @param correctTags tokens whose gold and predicted tags are identical strings
 * @param entities chunk counts, per type and in total
 */
public record ConllevalReport(long tokens, long correctTags, EntityCounts entities) {

  private static final double PERCENT = 100.0;
  private static final int NUMBER_WIDTH = 6;
  private static final int DECIMALS = 2;
  private static final int TYPE_WIDTH = 17;

  /** Token accuracy in percent: 100 · correctTags / tokens (0 when there are no tokens). */
  public double accuracy() {
    return tokens > 0 ? PERCENT * correctTags / tokens : 0.0;
  }

  /**
   * conlleval's default output. The accuracy line is printed only when there is at least one
   * token, and one line per type in Perl's string order, ending with the number of predicted
   * chunks of that type.
   */
  public String toText() {
    MatchCounts total = entities.total();
    StringBuilder out = new StringBuilder();
    out.append("processed ").append(tokens).append(" tokens with ").append(total.gold())
        .append(" phrases; found: ").append(total.found()).append(" phrases; correct: ")
        .append(total.correct()).append(".\n");
    if (tokens > 0) {
      out.append("accuracy: ").append(percent(accuracy())).append("%; ");
      appendScores(out, total);
      out.append('\n');
    }
    for (Map.Entry<String, MatchCounts> entry : entities.perType().entrySet()) {
      out.append(PerlPrintf.string(entry.getKey(), TYPE_WIDTH)).append(": ");
      appendScores(out, entry.getValue());
      out.append("  ").append(entry.getValue().found()).append('\n');
    }
    return out.toString();
  }

  /** A percentage as conlleval prints it ({@code %6.2f}). */
  public static String percent(double value) {
    return PerlPrintf.fixed(value, NUMBER_WIDTH, DECIMALS);
  }

  private static void appendScores(StringBuilder out, MatchCounts counts) {
    out.append("precision: ").append(percent(counts.precision())).append("%; ")
        .append("recall: ").append(percent(counts.recall())).append("%; ")
        .append("FB1: ").append(percent(counts.f1()));
  }
}
