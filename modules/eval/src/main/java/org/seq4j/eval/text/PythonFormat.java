package org.seq4j.eval.text;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Python's fixed-point formatting {@code f"{x:.{digits}f}"}, which sacreBLEU uses for every number
 * it prints.
 *
 * <p>Design: Python rounds the exact binary value of the double, ties to even. {@link
 * String#format} rounds the shortest decimal representation half-up instead and so prints, for
 * example, 6.25 as {@code 6.3} where Python prints {@code 6.2}. {@code new BigDecimal(double)} is
 * the exact binary value, and {@link RoundingMode#HALF_EVEN} reproduces Python digit for digit.
 */
public final class PythonFormat {

  private PythonFormat() {}

  /** {@code f"{x:.{digits}f}"} in Python. */
  public static String fixed(double x, int digits) {
    if (Double.isNaN(x) || Double.isInfinite(x)) {
      return Double.isNaN(x) ? "nan" : (x > 0 ? "inf" : "-inf");
    }
    String text = new BigDecimal(x).setScale(digits, RoundingMode.HALF_EVEN).toPlainString();
    boolean negativeZero = (x < 0 || 1 / x < 0) && text.matches("0(\\.0*)?");
    return negativeZero ? "-" + text : text;
  }
}
