package org.seq4j.eval.tagging;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;

/**
 * The two {@code printf} conversions conlleval uses, as Perl performs them.
 *
 * <p>Design: Perl's {@code %6.2f} rounds the exact binary value of the double with ties to even
 * (90.625 prints as {@code 90.62}), which {@link BigDecimal#BigDecimal(double)} with {@link
 * RoundingMode#HALF_EVEN} reproduces; {@link String#format} rounds half up and would print {@code
 * 90.63}. Perl's {@code %17s} pads byte strings (conlleval reads its input as bytes), so the width
 * counts UTF-8 bytes, not characters.
 */
public final class PerlPrintf {

  private PerlPrintf() {}

  /** {@code %<width>.<decimals>f}: the exact value rounded half-even, left-padded with spaces. */
  public static String fixed(double value, int width, int decimals) {
    String digits = new BigDecimal(value).setScale(decimals, RoundingMode.HALF_EVEN).toPlainString();
    return pad(digits, width - digits.length());
  }

  /** {@code %<width>s} on a byte string: left-padded to {@code width} UTF-8 bytes. */
  public static String string(String value, int width) {
    return pad(value, width - value.getBytes(StandardCharsets.UTF_8).length);
  }

  private static String pad(String value, int spaces) {
    return spaces > 0 ? " ".repeat(spaces) + value : value;
  }
}
