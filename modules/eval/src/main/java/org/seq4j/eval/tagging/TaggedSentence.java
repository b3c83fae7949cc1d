package org.seq4j.eval.tagging;

import java.util.List;

/**
 * One evaluation segment for tagging metrics: a sentence's tokens with their gold and predicted
 * tags (all three lists the same length; the lists are copied and unmodifiable).
 */
public record TaggedSentence(List<String> tokens, List<String> gold, List<String> predicted) {

  public TaggedSentence {
    tokens = List.copyOf(tokens);
    gold = List.copyOf(gold);
    predicted = List.copyOf(predicted);
    if (gold.size() != tokens.size() || predicted.size() != tokens.size()) {
      throw new IllegalArgumentException(
          "sentence has " + tokens.size() + " tokens, " + gold.size() + " gold tags and "
              + predicted.size() + " predicted tags");
    }
  }

  /** Number of tokens. */
  public int size() {
    return tokens.size();
  }
}
