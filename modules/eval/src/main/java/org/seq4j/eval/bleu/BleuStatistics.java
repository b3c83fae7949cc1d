package org.seq4j.eval.bleu;

import java.util.Arrays;

/**
 * BLEU's additive sufficient statistics for one segment or a sum of segments: hypothesis length,
 * closest reference length, and per order the clipped matches and the hypothesis n-gram totals.
 * Immutable: the arrays are copied in and out.
 *
 * @param sysLen number of hypothesis tokens
 * @param refLen reference length for the brevity penalty (closest to sysLen, shorter on a tie)
 * @param matches {@code matches[n-1]}: clipped matching n-grams
 * @param totals {@code totals[n-1]}: hypothesis n-grams
 */
public record BleuStatistics(long sysLen, long refLen, long[] matches, long[] totals) {

  /** Length of {@link #toArray()}: sysLen, refLen, matches, totals. */
  public static final int ARRAY_LENGTH = 2 + 2 * BleuOptions.MAX_ORDER;

  private static final int MATCHES_OFFSET = 2;
  private static final int TOTALS_OFFSET = MATCHES_OFFSET + BleuOptions.MAX_ORDER;

  public BleuStatistics {
    if (matches.length != BleuOptions.MAX_ORDER || totals.length != BleuOptions.MAX_ORDER) {
      throw new IllegalArgumentException("expected " + BleuOptions.MAX_ORDER + " orders");
    }
    matches = matches.clone();
    totals = totals.clone();
  }

  /** All zeros: the statistics of no segments. */
  public static BleuStatistics zero() {
    return new BleuStatistics(
        0, 0, new long[BleuOptions.MAX_ORDER], new long[BleuOptions.MAX_ORDER]);
  }

  @Override
  public long[] matches() {
    return matches.clone();
  }

  @Override
  public long[] totals() {
    return totals.clone();
  }

  long matchesAt(int order) {
    return matches[order - 1];
  }

  long totalsAt(int order) {
    return totals[order - 1];
  }

  /** The element-wise sum. */
  public BleuStatistics plus(BleuStatistics other) {
    long[] m = new long[BleuOptions.MAX_ORDER];
    long[] t = new long[BleuOptions.MAX_ORDER];
    for (int i = 0; i < m.length; i++) {
      m[i] = matches[i] + other.matches[i];
      t[i] = totals[i] + other.totals[i];
    }
    return new BleuStatistics(sysLen + other.sysLen, refLen + other.refLen, m, t);
  }

  /** sacreBLEU's flat layout {@code [sys_len, ref_len, matches..., totals...]}. */
  public double[] toArray() {
    double[] a = new double[ARRAY_LENGTH];
    a[0] = sysLen;
    a[1] = refLen;
    for (int i = 0; i < BleuOptions.MAX_ORDER; i++) {
      a[MATCHES_OFFSET + i] = matches[i];
      a[TOTALS_OFFSET + i] = totals[i];
    }
    return a;
  }

  /** The inverse of {@link #toArray()}; the values must be whole numbers. */
  public static BleuStatistics fromArray(double[] a) {
    if (a.length != ARRAY_LENGTH) {
      throw new IllegalArgumentException(
          "expected " + ARRAY_LENGTH + " BLEU statistics, got " + a.length);
    }
    long[] m = new long[BleuOptions.MAX_ORDER];
    long[] t = new long[BleuOptions.MAX_ORDER];
    for (int i = 0; i < BleuOptions.MAX_ORDER; i++) {
      m[i] = whole(a[MATCHES_OFFSET + i]);
      t[i] = whole(a[TOTALS_OFFSET + i]);
    }
    return new BleuStatistics(whole(a[0]), whole(a[1]), m, t);
  }

  private static long whole(double v) {
    long l = (long) v;
    if (l != v) {
      throw new IllegalArgumentException("BLEU statistics are whole numbers, got " + v);
    }
    return l;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof BleuStatistics s
        && sysLen == s.sysLen
        && refLen == s.refLen
        && Arrays.equals(matches, s.matches)
        && Arrays.equals(totals, s.totals);
  }

  @Override
  public int hashCode() {
    return Long.hashCode(sysLen) * 31
        + Long.hashCode(refLen) * 17
        + Arrays.hashCode(matches) * 7
        + Arrays.hashCode(totals);
  }

  @Override
  public String toString() {
    return "BleuStatistics[sysLen=" + sysLen + ", refLen=" + refLen + ", matches="
        + Arrays.toString(matches) + ", totals=" + Arrays.toString(totals) + "]";
  }
}
