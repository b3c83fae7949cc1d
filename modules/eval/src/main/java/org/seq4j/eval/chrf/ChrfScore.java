package org.seq4j.eval.chrf;

import org.seq4j.eval.text.PythonFormat;

/**
 * A chrF score. Immutable.
 *
 * @param name {@code chrF2}, {@code chrF2++}, ...
 * @param score chrF in 0..100
 * @param statistics the statistics it was computed from: one {@code [hyp, ref, match]} triple per
 *     order, character orders first (a copy)
 */
public record ChrfScore(String name, double score, long[] statistics) {

  public ChrfScore {
    statistics = statistics.clone();
  }

  @Override
  public long[] statistics() {
    return statistics.clone();
  }

  /** sacreBLEU's {@code str(score)} at {@code width} decimals: {@code chrF2 = 59.73}. */
  public String format(int width) {
    return name + " = " + PythonFormat.fixed(score, width);
  }

  /** sacreBLEU's text line with a signature: {@code chrF2|nrefs:2|... = 59.7}. */
  public String format(int width, String signature) {
    return name + "|" + signature + " = " + PythonFormat.fixed(score, width);
  }

  @Override
  public String toString() {
    return format(2);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ChrfScore s
        && name.equals(s.name)
        && Double.compare(score, s.score) == 0
        && java.util.Arrays.equals(statistics, s.statistics);
  }

  @Override
  public int hashCode() {
    return name.hashCode() * 31 + Double.hashCode(score);
  }
}
