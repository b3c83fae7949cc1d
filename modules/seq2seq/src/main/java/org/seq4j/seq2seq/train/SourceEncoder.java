package org.seq4j.seq2seq.train;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.seq4j.corpus.vocab.Vocabulary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Source sentence to encoder ids: whitespace tokens (inputs are pre-tokenized, as the corpora under
 * {@code corpora/*}/tok are), unknown tokens as {@code <unk>}, truncated to the model's maximum
 * source length with a logged warning, and reversed when the model was trained on reversed sources
 * (Sutskever et al. 2014: the first target words then sit close to the first source words).
 */
final class SourceEncoder {
  private static final Logger LOG = LoggerFactory.getLogger(SourceEncoder.class);
  private static final String WHITESPACE = "\\s+";

  private final Vocabulary vocabulary;
  private final int maxLength;
  private final boolean reverse;

  SourceEncoder(Vocabulary vocabulary, int maxLength, boolean reverse) {
    this.vocabulary = vocabulary;
    this.maxLength = maxLength;
    this.reverse = reverse;
  }

  static List<String> tokens(String sentence) {
    String trimmed = sentence.strip();
    return trimmed.isEmpty() ? List.of() : Arrays.asList(trimmed.split(WHITESPACE));
  }

  int[] encode(String sentence) {
    return vocabulary.encode(encodedTokens(sentence));
  }

  /** The tokens in the order the encoder reads them: truncated and, if the model says so, reversed. */
  List<String> encodedTokens(String sentence) {
    List<String> tokens = tokens(sentence);
    if (tokens.size() > maxLength) {
      LOG.warn("source of {} tokens truncated to the model's maximum of {}", tokens.size(), maxLength);
      tokens = tokens.subList(0, maxLength);
    }
    if (reverse) {
      tokens = new ArrayList<>(tokens);
      Collections.reverse(tokens);
    }
    return tokens;
  }
}
