package org.seq4j.eval.text;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The BLEU tokenizations sacreBLEU offers for any language, by the name its {@code -tok} option and
 * signature use.
 */
public enum Tokenization {
  /** mteval-v13a, sacreBLEU's default. */
  T13A("13a", new Tokenizer13a()),
  /** mteval-v14 international: splits Unicode punctuation and symbols. */
  INTL("intl", new TokenizerIntl()),
  /** No tokenization: tokens are the whitespace-separated words. */
  NONE("none", line -> line),
  /** Every character is a token. */
  CHAR("char", Tokenization::spaceEveryCharacter);

  private final String signatureName;
  private final TextTokenizer tokenizer;

  Tokenization(String signatureName, TextTokenizer tokenizer) {
    this.signatureName = signatureName;
    this.tokenizer = tokenizer;
  }

  /** The name in the signature and on the command line, e.g. {@code 13a}. */
  public String signatureName() {
    return signatureName;
  }

  public TextTokenizer tokenizer() {
    return tokenizer;
  }

  /**
   * The tokenization called {@code name}.
   *
   * @throws IllegalArgumentException naming the valid choices if there is none
   */
  public static Tokenization fromName(String name) {
    for (Tokenization t : values()) {
      if (t.signatureName.equals(name)) {
        return t;
      }
    }
    throw new IllegalArgumentException(
        "Invalid tokenization '" + name + "': expected " + choices());
  }

  /** The valid names joined by {@code |}. */
  public static String choices() {
    return Arrays.stream(values()).map(t -> t.signatureName).collect(Collectors.joining("|"));
  }

  /** sacreBLEU's char tokenizer: {@code " ".join(line)}, over code points. */
  private static String spaceEveryCharacter(String line) {
    StringBuilder out = new StringBuilder(line.length() * 2);
    int i = 0;
    while (i < line.length()) {
      if (i > 0) {
        out.append(' ');
      }
      int cp = line.codePointAt(i);
      out.appendCodePoint(cp);
      i += Character.charCount(cp);
    }
    return out.toString();
  }
}
