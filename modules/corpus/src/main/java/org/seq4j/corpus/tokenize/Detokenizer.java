package org.seq4j.corpus.tokenize;

import java.util.List;

/**
 * Joins tokens back into display text: the inverse direction of a {@link Tokenizer}, used for
 * model output. Implementations are thread-safe and never modify the token list.
 */
public interface Detokenizer {

  /**
   * Joins the tokens into text.
   *
   * @param tokens the tokens; not modified
   * @return the text, empty for no tokens
   */
  String detokenize(List<String> tokens);
}
