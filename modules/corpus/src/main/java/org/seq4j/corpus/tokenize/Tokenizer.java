package org.seq4j.corpus.tokenize;

import java.util.List;

/**
 * Splits one piece of text into tokens.
 *
 * <p>Implementations are thread-safe: one instance may serve many threads at once. The returned
 * list is immutable and never {@code null}; text that is empty or only whitespace gives an empty
 * list. Tokens are never empty strings and never contain whitespace, so a tokenized sentence can
 * always be written as its tokens joined by single spaces and read back with {@link
 * WhitespaceTokenizer}.
 */
public interface Tokenizer {

  /**
   * Tokenizes the text.
   *
   * @param text the text to split; not modified
   * @return the tokens, immutable
   */
  List<String> tokenize(String text);

  /** The short name recipes use for this tokenizer, e.g. {@code whitespace}. */
  String name();
}
