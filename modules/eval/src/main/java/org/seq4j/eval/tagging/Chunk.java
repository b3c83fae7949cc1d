package org.seq4j.eval.tagging;

/**
 * One chunk (entity mention) in a sentence: tokens {@code start} (inclusive) to {@code end}
 * (exclusive), of type {@code type}. Two chunks are the same entity only if start, end and type
 * all agree, as conlleval counts them.
 */
public record Chunk(String type, int start, int end) {

  public Chunk {
    if (type == null) {
      throw new IllegalArgumentException("chunk type must not be null");
    }
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("invalid chunk span [" + start + ", " + end + ")");
    }
  }
}
