package org.seq4j.eval.tagging;

import java.nio.charset.StandardCharsets;
import java.util.Comparator;

/**
 * Perl's default {@code sort} order for the byte strings conlleval reads: unsigned comparison of
 * the UTF-8 bytes. Upper case sorts before lower case ({@code GPE-LOC}, {@code Org}, {@code date}).
 * {@link String#compareTo} compares UTF-16 units instead, which differs for characters above
 * U+FFFF; hence this comparator.
 */
public final class PerlStringOrder implements Comparator<String> {

  /** The one instance (stateless). */
  public static final PerlStringOrder INSTANCE = new PerlStringOrder();

  private static final int BYTE_MASK = 0xFF;

  private PerlStringOrder() {}

  @Override
  public int compare(String a, String b) {
    byte[] x = a.getBytes(StandardCharsets.UTF_8);
    byte[] y = b.getBytes(StandardCharsets.UTF_8);
    int n = Math.min(x.length, y.length);
    for (int i = 0; i < n; i++) {
      int c = Integer.compare(x[i] & BYTE_MASK, y[i] & BYTE_MASK);
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(x.length, y.length);
  }
}
