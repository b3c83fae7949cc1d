package org.seq4j.corpus.filter;

import java.util.List;
import java.util.function.ToIntFunction;

/** Drops items with a side longer than a number of tokens. */
public final class MaxLengthFilter<T> implements SentenceFilter<T> {

  /** Reported reason. */
  public static final String REASON = "too_long";

  private final int maxLength;
  private final List<ToIntFunction<T>> sideLengths;

  /**
   * @param maxLength the longest allowed side, in tokens
   * @param sideLengths token count of each side of an item
   */
  public MaxLengthFilter(int maxLength, List<ToIntFunction<T>> sideLengths) {
    if (maxLength < 1) {
      throw new IllegalArgumentException("maxLength must be at least 1, got " + maxLength);
    }
    this.maxLength = maxLength;
    this.sideLengths = List.copyOf(sideLengths);
  }

  @Override
  public String reason() {
    return REASON;
  }

  @Override
  public boolean keep(T item) {
    for (ToIntFunction<T> length : sideLengths) {
      if (length.applyAsInt(item) > maxLength) {
        return false;
      }
    }
    return true;
  }
}
