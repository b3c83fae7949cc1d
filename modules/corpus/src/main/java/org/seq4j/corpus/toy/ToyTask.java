package org.seq4j.corpus.toy;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Synthetic sequence-to-sequence tasks over integer tokens, the classic sanity checks for
 * encoder-decoder models: the target is the source copied, reversed or sorted. They need no
 * external data, are solvable exactly, and exercise alignment (copy), long-range dependencies
 * (reverse: the first target token depends on the last source token) and content addressing
 * (sort).
 */
public enum ToyTask {
  COPY,
  REVERSE,
  SORT;

  /** The target sequence for a source sequence; the input array is not modified. */
  public int[] target(int[] source) {
    int[] t = source.clone();
    switch (this) {
      case COPY -> {}
      case REVERSE -> {
        for (int i = 0, j = t.length - 1; i < j; i++, j--) {
          int tmp = t[i];
          t[i] = t[j];
          t[j] = tmp;
        }
      }
      case SORT -> Arrays.sort(t);
      default -> throw new AssertionError(this);
    }
    return t;
  }

  /** The recipe name of the task ({@code copy}, {@code reverse}, {@code sort}). */
  public String shortName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses a recipe name; the error lists the valid names. */
  public static ToyTask fromShortName(String name) {
    for (ToyTask t : values()) {
      if (t.shortName().equals(name)) {
        return t;
      }
    }
    throw new IllegalArgumentException(
        "Invalid toy task '"
            + name
            + "': expected "
            + Arrays.stream(values()).map(ToyTask::shortName).collect(Collectors.joining("|")));
  }
}
