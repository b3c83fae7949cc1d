package org.seq4j.corpus.tags;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads chunks from a tag sequence with the chunk start/end rules of conlleval (the CoNLL shared
 * task scorer), which cover IOB1, IOB2 and BIOES alike.
 *
 * <p>Design: one lenient decoder for every scheme. Valid sequences decode to the chunks their
 * scheme defines; invalid ones (an {@code I-} after {@code O} in IOB2, a dangling {@code B-} in
 * BIOES) decode the way conlleval scores them, so spans agree with the reference scorer.
 */
final class SpanDecoder {
  private SpanDecoder() {}

  static List<Span> decode(List<String> tags) {
    List<Span> spans = new ArrayList<>();
    ChunkTag previous = new ChunkTag(ChunkTag.OUTSIDE_PREFIX, "");
    int start = -1;
    for (int i = 0; i < tags.size(); i++) {
      ChunkTag current = ChunkTag.parse(tags.get(i), i);
      if (start >= 0 && endsChunk(previous, current)) {
        spans.add(new Span(previous.type(), start, i));
        start = -1;
      }
      if (startsChunk(previous, current)) {
        start = i;
      }
      previous = current;
    }
    if (start >= 0) {
      spans.add(new Span(previous.type(), start, tags.size()));
    }
    return List.copyOf(spans);
  }

  /** conlleval's endOfChunk: does a chunk end between {@code previous} and {@code current}? */
  private static boolean endsChunk(ChunkTag previous, ChunkTag current) {
    char p = previous.prefix();
    char c = current.prefix();
    if (p == ChunkTag.END || p == ChunkTag.SINGLE) {
      return true;
    }
    if (p == ChunkTag.OUTSIDE_PREFIX) {
      return false;
    }
    // previous is B or I: the chunk ends unless current continues it
    boolean continues = (c == ChunkTag.INSIDE || c == ChunkTag.END) && current.type().equals(previous.type());
    return !continues;
  }

  /** conlleval's startOfChunk: does a chunk start at {@code current}? */
  private static boolean startsChunk(ChunkTag previous, ChunkTag current) {
    char p = previous.prefix();
    char c = current.prefix();
    if (c == ChunkTag.BEGIN || c == ChunkTag.SINGLE) {
      return true;
    }
    if (c == ChunkTag.OUTSIDE_PREFIX) {
      return false;
    }
    // current is I or E: it starts a chunk unless it continues an open one of the same type
    boolean continues =
        (p == ChunkTag.BEGIN || p == ChunkTag.INSIDE) && previous.type().equals(current.type());
    return !continues;
  }
}
