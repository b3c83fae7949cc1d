package org.seq4j.eval.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The hand-written 13a and intl scanners against a literal transcription of sacreBLEU's regular
 * expressions (java.util.regex has the same semantics for these patterns), on many random lines
 * built from the characters the rules care about.
 */
class TokenizerDifferentialTest {

  private static final long SEED = 20240611L;
  private static final int LINES = 20_000;
  private static final int MAX_PIECES = 16;

  private static final List<String> PIECES =
      List.of(
          "a", "Zé", "1", "0", "42", ".", ",", "-", "'", " ", "  ", "\t", "\n", "-\n", "\u00A0",
          "\u2009", "\u3000", "&quot;", "&amp;", "&lt;", "&gt;", "&", ";", "<skipped>", "<", ">",
          "$", "€", "/", "(", ")", "\"", "!", "?", "…", "«", "»", "—", "😀", "٣", "²", "½", "+",
          "@", "#", "`", "~", "{", "_", "%");

  private static final Pattern RULE1 = Pattern.compile("([\\{-\\~\\[-\\` -\\&\\(-\\+\\:-\\@\\/])");
  private static final Pattern RULE2 = Pattern.compile("([^0-9])([\\.,])");
  private static final Pattern RULE3 = Pattern.compile("([\\.,])([^0-9])");
  private static final Pattern RULE4 = Pattern.compile("([0-9])(-)");

  private static final Pattern INTL1 = Pattern.compile("(\\P{N})(\\p{P})");
  private static final Pattern INTL2 = Pattern.compile("(\\p{P})(\\P{N})");
  private static final Pattern INTL3 = Pattern.compile("(\\p{S})");

  static String reference13a(String line) {
    String s =
        line.replace("<skipped>", "")
            .replace("-\n", "")
            .replace("\n", " ")
            .replace("&quot;", "\"")
            .replace("&amp;", "&")
            .replace("&lt;", "<")
            .replace("&gt;", ">");
    s = " " + s + " ";
    s = RULE1.matcher(s).replaceAll(" $1 ");
    s = RULE2.matcher(s).replaceAll("$1 $2 ");
    s = RULE3.matcher(s).replaceAll(" $1 $2");
    s = RULE4.matcher(s).replaceAll("$1 $2 ");
    return PythonText.normalizeSpaces(s);
  }

  static String referenceIntl(String line) {
    String s = INTL1.matcher(line).replaceAll("$1 $2 ");
    s = INTL2.matcher(s).replaceAll(" $1 $2");
    s = INTL3.matcher(s).replaceAll(" $1 ");
    return PythonText.normalizeSpaces(s);
  }

  private static String randomLine(Random random) {
    StringBuilder line = new StringBuilder();
    int pieces = random.nextInt(MAX_PIECES + 1);
    for (int i = 0; i < pieces; i++) {
      line.append(PIECES.get(random.nextInt(PIECES.size())));
    }
    return line.toString();
  }

  @Test
  void tokenizer13aAgreesWithTheRegularExpressions() {
    Random random = new Random(SEED);
    TextTokenizer tokenizer = Tokenization.T13A.tokenizer();
    for (int i = 0; i < LINES; i++) {
      String line = randomLine(random);
      assertEquals(reference13a(line), tokenizer.tokenize(line), () -> "line: [" + line + "]");
    }
  }

  @Test
  void tokenizerIntlAgreesWithTheRegularExpressions() {
    Random random = new Random(SEED + 1);
    TextTokenizer tokenizer = Tokenization.INTL.tokenizer();
    for (int i = 0; i < LINES; i++) {
      String line = randomLine(random);
      assertEquals(referenceIntl(line), tokenizer.tokenize(line), () -> "line: [" + line + "]");
    }
  }
}
