package org.seq4j.corpus.tokenize;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits on runs of whitespace (any {@link Character#isWhitespace} character); the input is
 * assumed to be tokenized already. Scans the string by hand instead of using a regex, because this
 * runs once per line on corpora of hundreds of thousands of sentences.
 */
public final class WhitespaceTokenizer implements Tokenizer {

  /** Short name used in recipes. */
  public static final String NAME = "whitespace";

  /** Stateless, so one shared instance suffices. */
  public static final WhitespaceTokenizer INSTANCE = new WhitespaceTokenizer();

  private WhitespaceTokenizer() {}

  @Override
  public List<String> tokenize(String text) {
    List<String> tokens = new ArrayList<>();
    int length = text.length();
    int start = -1;
    for (int i = 0; i < length; i++) {
      if (Character.isWhitespace(text.charAt(i))) {
        if (start >= 0) {
          tokens.add(text.substring(start, i));
          start = -1;
        }
      } else if (start < 0) {
        start = i;
      }
    }
    if (start >= 0) {
      tokens.add(text.substring(start));
    }
    return List.copyOf(tokens);
  }

  /**
   * Counts the whitespace-separated tokens of the text without allocating them.
   *
   * @param text the text
   * @return how many tokens {@link #tokenize} would return
   */
  public static int countTokens(String text) {
    int count = 0;
    boolean inToken = false;
    for (int i = 0, n = text.length(); i < n; i++) {
      boolean space = Character.isWhitespace(text.charAt(i));
      if (!space && !inToken) {
        count++;
      }
      inToken = !space;
    }
    return count;
  }

  @Override
  public String name() {
    return NAME;
  }
}
