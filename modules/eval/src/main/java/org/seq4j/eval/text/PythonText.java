package org.seq4j.eval.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The few Python {@code str} operations sacreBLEU's preprocessing relies on, with Python's exact
 * semantics: {@code split()}, {@code strip()}, {@code rstrip()} and {@code lower()}.
 *
 * <p>Design: Python's whitespace is {@code str.isspace()}: the C0 separators U+0009..U+000D and
 * U+001C..U+001F, SPACE, NEXT LINE, NO-BREAK SPACE, OGHAM SPACE MARK, U+2000..U+200A, LINE and
 * PARAGRAPH SEPARATOR, NARROW NO-BREAK SPACE, MEDIUM MATHEMATICAL SPACE and IDEOGRAPHIC SPACE. Java's
 * {@link Character#isWhitespace} excludes the no-break spaces and includes nothing else, so the set
 * is spelled out here (checked against Python 3.11, Unicode 14). All of these are BMP characters,
 * so scanning {@code char}s is exact. {@code lower()} maps to {@link String#toLowerCase(Locale)}
 * with {@link Locale#ROOT}: both apply Unicode's full lowercase mapping, including
 * {@code İ -> i + U+0307} and the final-sigma rule.
 */
public final class PythonText {

  private static final char SEPARATOR_FIRST = '\u001C';
  private static final char SEPARATOR_LAST = '\u001F';
  private static final char EN_QUAD = '\u2000';
  private static final char HAIR_SPACE = '\u200A';

  private PythonText() {}

  /** Python's {@code str.isspace()} for one character. */
  public static boolean isSpace(int c) {
    if (c <= ' ') {
      return c == ' ' || (c >= '\t' && c <= '\r') || (c >= SEPARATOR_FIRST && c <= SEPARATOR_LAST);
    }
    if (c < '\u0085') {
      return false;
    }
    return c == '\u0085'
        || c == '\u00A0'
        || c == '\u1680'
        || (c >= EN_QUAD && c <= HAIR_SPACE)
        || c == '\u2028'
        || c == '\u2029'
        || c == '\u202F'
        || c == '\u205F'
        || c == '\u3000';
  }

  /** Python's {@code s.split()}: the maximal runs of non-whitespace, in order. */
  public static List<String> split(String s) {
    List<String> tokens = new ArrayList<>();
    int length = s.length();
    int i = 0;
    while (i < length) {
      while (i < length && isSpace(s.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < length && !isSpace(s.charAt(i))) {
        i++;
      }
      if (i > start) {
        tokens.add(s.substring(start, i));
      }
    }
    return tokens;
  }

  /** Python's {@code " ".join(s.split())}: whitespace runs become one space, no outer spaces. */
  public static String normalizeSpaces(String s) {
    StringBuilder out = new StringBuilder(s.length());
    int length = s.length();
    int i = 0;
    while (i < length) {
      while (i < length && isSpace(s.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < length && !isSpace(s.charAt(i))) {
        i++;
      }
      if (i > start) {
        if (out.length() > 0) {
          out.append(' ');
        }
        out.append(s, start, i);
      }
    }
    return out.toString();
  }

  /** Python's {@code "".join(s.split())}: {@code s} with every whitespace character deleted. */
  public static String deleteSpaces(String s) {
    int length = s.length();
    int i = 0;
    while (i < length && !isSpace(s.charAt(i))) {
      i++;
    }
    if (i == length) {
      return s;
    }
    StringBuilder out = new StringBuilder(length);
    out.append(s, 0, i);
    for (; i < length; i++) {
      char c = s.charAt(i);
      if (!isSpace(c)) {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** Python's {@code s.rstrip()}. */
  public static String rstrip(String s) {
    int end = s.length();
    while (end > 0 && isSpace(s.charAt(end - 1))) {
      end--;
    }
    return end == s.length() ? s : s.substring(0, end);
  }

  /** Python's {@code s.lower()}. */
  public static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
