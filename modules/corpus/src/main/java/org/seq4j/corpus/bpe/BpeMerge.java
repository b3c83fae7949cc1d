package org.seq4j.corpus.bpe;

import java.util.Objects;

/**
 * One learned merge: adjacent symbols {@code left} and {@code right} become {@code left + right}.
 * Symbols are never empty and contain no whitespace; the last symbol of a word carries {@link
 * BpeMerges#END_OF_WORD}.
 *
 * @param left the left symbol
 * @param right the right symbol
 */
public record BpeMerge(String left, String right) {
  public BpeMerge {
    Objects.requireNonNull(left, "left");
    Objects.requireNonNull(right, "right");
    if (left.isEmpty() || right.isEmpty()) {
      throw new IllegalArgumentException("empty BPE symbol in merge '" + left + "' '" + right + "'");
    }
  }

  /** The symbol the merge produces. */
  public String merged() {
    return left + right;
  }
}
