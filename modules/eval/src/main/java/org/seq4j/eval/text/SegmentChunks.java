package org.seq4j.eval.text;

import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Splits {@code 0..size} into contiguous chunks for parallel corpus scoring: each chunk gets its
 * own (non-thread-safe) n-gram counter, and the chunks' integer statistics are summed.
 *
 * @param from first segment index of the chunk
 * @param to one past the last segment index
 */
public record SegmentChunks(int from, int to) {

  /** Segments per chunk: large enough to amortize a counter, small enough to balance 2+ cores. */
  public static final int CHUNK_SIZE = 2048;

  /** The chunks covering {@code 0..size}, in order (a sequential stream; call parallel()). */
  public static Stream<SegmentChunks> of(int size) {
    int chunks = (size + CHUNK_SIZE - 1) / CHUNK_SIZE;
    return IntStream.range(0, chunks)
        .mapToObj(c -> new SegmentChunks(c * CHUNK_SIZE, Math.min(size, (c + 1) * CHUNK_SIZE)));
  }
}
