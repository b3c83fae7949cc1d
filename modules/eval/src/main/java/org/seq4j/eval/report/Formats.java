package org.seq4j.eval.report;

import java.util.Locale;

/**
 * Number formatting shared by the Markdown and HTML reports. Always {@link Locale#ROOT} so a
 * report reads the same on every machine (no decimal commas); missing or non-finite values print
 * as {@value #NOT_AVAILABLE}.
 */
final class Formats {
  static final String NOT_AVAILABLE = "n/a";
  /** Decimals for percentage scores: sacreBLEU and conlleval print two. */
  static final int SCORE_DECIMALS = 2;
  static final int SECONDS_DECIMALS = 1;
  static final int P_VALUE_DECIMALS = 4;
  private static final int SIGNIFICANT_DIGITS = 4;

  private Formats() {}

  static boolean isFinite(Double value) {
    return value != null && Double.isFinite(value);
  }

  static String fixed(Double value, int decimals) {
    if (!isFinite(value)) {
      return NOT_AVAILABLE;
    }
    return String.format(Locale.ROOT, "%." + decimals + "f", value);
  }

  static String score(Double value) {
    return fixed(value, SCORE_DECIMALS);
  }

  static String count(Long value) {
    return value == null ? NOT_AVAILABLE : String.format(Locale.ROOT, "%,d", value);
  }

  /**
   * A free-form number (corpus statistics, learning-curve values): integers without decimals and
   * with thousands separators, others with four significant digits.
   */
  static String number(Number value) {
    if (value == null) {
      return NOT_AVAILABLE;
    }
    double d = value.doubleValue();
    if (!Double.isFinite(d)) {
      return NOT_AVAILABLE;
    }
    if (d == Math.rint(d) && Math.abs(d) < 1e15) {
      return String.format(Locale.ROOT, "%,d", (long) d);
    }
    return String.format(Locale.ROOT, "%." + SIGNIFICANT_DIGITS + "g", d).replaceFirst("(\\.\\d*?)0+(e|$)", "$1$2").replaceFirst("\\.(e|$)", "$1");
  }
}
