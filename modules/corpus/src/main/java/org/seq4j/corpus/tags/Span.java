package org.seq4j.corpus.tags;

import java.util.Objects;

/**
 * A typed chunk (entity mention) over token positions {@code [start, end)}. Immutable.
 *
 * @param type the chunk type, e.g. {@code PER}
 * @param start index of the first token
 * @param end index one past the last token
 */
public record Span(String type, int start, int end) {
  public Span {
    Objects.requireNonNull(type, "type");
    if (type.isEmpty()) {
      throw new IllegalArgumentException("span type must not be empty");
    }
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("span needs 0 <= start < end, got [" + start + ", " + end + ")");
    }
  }

  /** Number of tokens covered. */
  public int length() {
    return end - start;
  }
}
