package org.seq4j.eval.text;

/**
 * sacreBLEU's {@code 13a} tokenizer (mteval-v13a.pl), the default for BLEU.
 *
 * <p>Steps, exactly as sacreBLEU applies them: delete {@code <skipped>}; join {@code -\n}; turn
 * {@code \n} into a space; unescape {@code &quot; &amp; &lt; &gt;} only, in that order, one pass
 * each; pad with one space on each side; then four regular-expression substitutions; then collapse
 * whitespace. Each substitution matches a fixed one- or two-character pattern, so it is written as
 * a left-to-right scan that, like {@code re.sub}, never overlaps matches:
 *
 * <ol>
 *   <li>ASCII punctuation except {@code ' , - .} (and the space itself) gets spaces around it;
 *   <li>{@code [^0-9][.,]} becomes {@code "\1 \2 "};
 *   <li>{@code [.,][^0-9]} becomes {@code " \1 \2"};
 *   <li>{@code [0-9]-} becomes {@code "\1 \2 "}.
 * </ol>
 *
 * Scanning {@code char}s instead of code points is exact here: every pattern character is ASCII,
 * and a supplementary character only ever plays the part of {@code [^0-9]}, which both of its
 * surrogates satisfy.
 */
final class Tokenizer13a implements TextTokenizer {

  @Override
  public String tokenize(String line) {
    String s = line;
    if (s.indexOf('<') >= 0) {
      s = s.replace("<skipped>", "");
    }
    if (s.indexOf('\n') >= 0) {
      s = s.replace("-\n", "").replace('\n', ' ');
    }
    if (s.indexOf('&') >= 0) {
      s = s.replace("&quot;", "\"").replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">");
    }
    int n = s.length() + 2;
    char[] text = new char[n];
    text[0] = ' ';
    s.getChars(0, s.length(), text, 1);
    text[n - 1] = ' ';
    Chars chars = spaceOutPunctuation(text, n);
    chars = splitPeriodCommaAfterNonDigit(chars);
    chars = splitPeriodCommaBeforeNonDigit(chars);
    chars = splitDashAfterDigit(chars);
    return PythonText.normalizeSpaces(new String(chars.data, 0, chars.length));
  }

  /** A char buffer and its used length. */
  private record Chars(char[] data, int length) {}

  /** {@code [\{-\~\[-\` -\&\(-\+\:-\@\/]} gets a space on both sides. */
  private static boolean isSpacedOut(char c) {
    return (c >= '{' && c <= '~')
        || (c >= '[' && c <= '`')
        || (c >= ' ' && c <= '&')
        || (c >= '(' && c <= '+')
        || (c >= ':' && c <= '@')
        || c == '/';
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isPeriodOrComma(char c) {
    return c == '.' || c == ',';
  }

  /**
   * Rule 1. The space itself is in the rule's character range; surrounding it with more spaces
   * changes nothing after whitespace is collapsed, and rules 2-4 only look at whether a
   * neighbour is a digit, a period/comma or a dash, never at how many spaces there are, so a space
   * is copied as one space.
   */
  private static Chars spaceOutPunctuation(char[] in, int n) {
    char[] out = new char[3 * n];
    int o = 0;
    for (int i = 0; i < n; i++) {
      char c = in[i];
      if (c != ' ' && isSpacedOut(c)) {
        out[o++] = ' ';
        out[o++] = c;
        out[o++] = ' ';
      } else {
        out[o++] = c;
      }
    }
    return new Chars(out, o);
  }

  /** Rule 2: {@code ([^0-9])([.,])} becomes {@code "\1 \2 "}. */
  private static Chars splitPeriodCommaAfterNonDigit(Chars chars) {
    char[] in = chars.data;
    int n = chars.length;
    char[] out = new char[2 * n];
    int o = 0;
    int i = 0;
    while (i < n) {
      char c = in[i];
      if (i + 1 < n && !isDigit(c) && isPeriodOrComma(in[i + 1])) {
        out[o++] = c;
        out[o++] = ' ';
        out[o++] = in[i + 1];
        out[o++] = ' ';
        i += 2;
      } else {
        out[o++] = c;
        i++;
      }
    }
    return new Chars(out, o);
  }

  /** Rule 3: {@code ([.,])([^0-9])} becomes {@code " \1 \2"}. */
  private static Chars splitPeriodCommaBeforeNonDigit(Chars chars) {
    char[] in = chars.data;
    int n = chars.length;
    char[] out = new char[2 * n];
    int o = 0;
    int i = 0;
    while (i < n) {
      char c = in[i];
      if (i + 1 < n && isPeriodOrComma(c) && !isDigit(in[i + 1])) {
        out[o++] = ' ';
        out[o++] = c;
        out[o++] = ' ';
        out[o++] = in[i + 1];
        i += 2;
      } else {
        out[o++] = c;
        i++;
      }
    }
    return new Chars(out, o);
  }

  /** Rule 4: {@code ([0-9])(-)} becomes {@code "\1 \2 "}. */
  private static Chars splitDashAfterDigit(Chars chars) {
    char[] in = chars.data;
    int n = chars.length;
    char[] out = new char[2 * n];
    int o = 0;
    int i = 0;
    while (i < n) {
      char c = in[i];
      if (i + 1 < n && isDigit(c) && in[i + 1] == '-') {
        out[o++] = c;
        out[o++] = ' ';
        out[o++] = '-';
        out[o++] = ' ';
        i += 2;
      } else {
        out[o++] = c;
        i++;
      }
    }
    return new Chars(out, o);
  }
}
