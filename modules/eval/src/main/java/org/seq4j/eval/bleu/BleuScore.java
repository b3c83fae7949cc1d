package org.seq4j.eval.bleu;

import java.util.Arrays;
import org.seq4j.eval.text.PythonFormat;

/**
 * A BLEU score with everything sacreBLEU reports about it. Immutable: arrays are copied.
 *
 * @param score BLEU in 0..100
 * @param statistics the raw (unsmoothed) statistics it was computed from
 * @param precisions n-gram precisions in percent, after smoothing
 * @param smoothedMatches matches as sacreBLEU's score object reports them: with add-k, orders 2..4
 *     have k added (up to the first order with no n-grams); otherwise the raw matches
 * @param smoothedTotals totals, likewise
 * @param bp brevity penalty
 * @param ratio hypothesis length / reference length (0 when the reference length is 0)
 */
public record BleuScore(
    double score,
    BleuStatistics statistics,
    double[] precisions,
    double[] smoothedMatches,
    double[] smoothedTotals,
    double bp,
    double ratio) {

  /** The metric name sacreBLEU prints. */
  public static final String NAME = "BLEU";

  private static final int PRECISION_DIGITS = 1;
  private static final int BP_RATIO_DIGITS = 3;

  public BleuScore {
    precisions = precisions.clone();
    smoothedMatches = smoothedMatches.clone();
    smoothedTotals = smoothedTotals.clone();
  }

  @Override
  public double[] precisions() {
    return precisions.clone();
  }

  @Override
  public double[] smoothedMatches() {
    return smoothedMatches.clone();
  }

  @Override
  public double[] smoothedTotals() {
    return smoothedTotals.clone();
  }

  public long sysLen() {
    return statistics.sysLen();
  }

  public long refLen() {
    return statistics.refLen();
  }

  /** The part after the score: {@code 82.4/50.0/45.5/37.5 (BP = 0.943 ratio = 0.944 ...)}. */
  public String verbose() {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < precisions.length; i++) {
      if (i > 0) {
        out.append('/');
      }
      out.append(PythonFormat.fixed(precisions[i], PRECISION_DIGITS));
    }
    out.append(" (BP = ").append(PythonFormat.fixed(bp, BP_RATIO_DIGITS));
    out.append(" ratio = ").append(PythonFormat.fixed(ratio, BP_RATIO_DIGITS));
    out.append(" hyp_len = ").append(sysLen());
    out.append(" ref_len = ").append(refLen()).append(')');
    return out.toString();
  }

  /** sacreBLEU's {@code str(score)} at {@code width} decimals: {@code BLEU = 48.53 82.4/...}. */
  public String format(int width) {
    return NAME + " = " + PythonFormat.fixed(score, width) + " " + verbose();
  }

  /** sacreBLEU's text line with a signature: {@code BLEU|nrefs:2|... = 48.5 82.4/...}. */
  public String format(int width, String signature) {
    return NAME + "|" + signature + " = " + PythonFormat.fixed(score, width) + " " + verbose();
  }

  @Override
  public String toString() {
    return format(2);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof BleuScore s
        && Double.compare(score, s.score) == 0
        && statistics.equals(s.statistics)
        && Arrays.equals(precisions, s.precisions)
        && Arrays.equals(smoothedMatches, s.smoothedMatches)
        && Arrays.equals(smoothedTotals, s.smoothedTotals)
        && Double.compare(bp, s.bp) == 0
        && Double.compare(ratio, s.ratio) == 0;
  }

  @Override
  public int hashCode() {
    return Double.hashCode(score) * 31 + statistics.hashCode();
  }
}
