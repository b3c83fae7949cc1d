package org.seq4j.corpus.filter;

import java.util.List;
import java.util.function.ToIntFunction;

/** Drops items with a side of no tokens (an empty or whitespace-only line). */
public final class EmptyFilter<T> implements SentenceFilter<T> {

  /** Reported reason. */
  public static final String REASON = "empty";

  private final List<ToIntFunction<T>> sideLengths;

  /** @param sideLengths token count of each side of an item (one side, or source and target) */
  public EmptyFilter(List<ToIntFunction<T>> sideLengths) {
    this.sideLengths = List.copyOf(sideLengths);
  }

  @Override
  public String reason() {
    return REASON;
  }

  @Override
  public boolean keep(T item) {
    for (ToIntFunction<T> length : sideLengths) {
      if (length.applyAsInt(item) == 0) {
        return false;
      }
    }
    return true;
  }
}
