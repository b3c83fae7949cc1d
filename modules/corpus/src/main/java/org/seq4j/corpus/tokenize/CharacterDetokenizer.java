package org.seq4j.corpus.tokenize;

import java.util.List;

/**
 * Inverse of {@link CharacterTokenizer}: concatenates the tokens, turning each {@link
 * CharacterTokenizer#SPACE} into one space.
 */
public final class CharacterDetokenizer implements Detokenizer {

  /** Stateless, so one shared instance suffices. */
  public static final CharacterDetokenizer INSTANCE = new CharacterDetokenizer();

  private CharacterDetokenizer() {}

  @Override
  public String detokenize(List<String> tokens) {
    StringBuilder text = new StringBuilder(tokens.size());
    for (String token : tokens) {
      text.append(CharacterTokenizer.SPACE.equals(token) ? " " : token);
    }
    return text.toString();
  }
}
