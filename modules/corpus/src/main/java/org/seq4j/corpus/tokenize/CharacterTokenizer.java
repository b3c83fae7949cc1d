package org.seq4j.corpus.tokenize;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into Unicode code points (so a character outside the Basic Multilingual Plane, such
 * as an emoji, stays one token), with each run of whitespace replaced by the single token {@link
 * #SPACE}. Leading and trailing whitespace is dropped.
 *
 * <p>The space symbol is the multi-character string {@code <sp>}: every other token this tokenizer
 * produces is exactly one code point, so the symbol can never collide with a character of the
 * text, and {@link CharacterDetokenizer} restores the text exactly up to whitespace runs (which it
 * restores as one space).
 */
public final class CharacterTokenizer implements Tokenizer {

  /** Short name used in recipes. */
  public static final String NAME = "char";

  /** The token standing for a run of whitespace between two non-space characters. */
  public static final String SPACE = "<sp>";

  /** Stateless, so one shared instance suffices. */
  public static final CharacterTokenizer INSTANCE = new CharacterTokenizer();

  private CharacterTokenizer() {}

  @Override
  public List<String> tokenize(String text) {
    List<String> tokens = new ArrayList<>(text.length());
    boolean pendingSpace = false;
    int i = 0;
    int length = text.length();
    while (i < length) {
      int codePoint = text.codePointAt(i);
      int width = Character.charCount(codePoint);
      if (Character.isWhitespace(codePoint)) {
        pendingSpace = !tokens.isEmpty();
      } else {
        if (pendingSpace) {
          tokens.add(SPACE);
          pendingSpace = false;
        }
        tokens.add(text.substring(i, i + width));
      }
      i += width;
    }
    return List.copyOf(tokens);
  }

  @Override
  public String name() {
    return NAME;
  }
}
