package org.seq4j.eval.tagging;

import java.util.List;

/**
 * One sentence as read from a tagged file: tokens, the tags of the chosen column, and the 1-based
 * line of each token (for error messages). Lists are copied and unmodifiable.
 *
 * @param number 1-based sentence number in the file
 */
public record TagColumnSentence(int number, List<String> tokens, List<String> tags, List<Long> lines) {

  public TagColumnSentence {
    tokens = List.copyOf(tokens);
    tags = List.copyOf(tags);
    lines = List.copyOf(lines);
    if (tokens.isEmpty() || tags.size() != tokens.size() || lines.size() != tokens.size()) {
      throw new IllegalArgumentException("a sentence needs one tag and one line per token");
    }
  }

  /** The line of the sentence's first token. */
  public long firstLine() {
    return lines.get(0);
  }

  public int size() {
    return tokens.size();
  }
}
