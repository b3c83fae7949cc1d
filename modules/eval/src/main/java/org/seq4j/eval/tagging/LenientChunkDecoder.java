package org.seq4j.eval.tagging;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * conlleval's chunk reading, made BIOES-aware. A chunk starts at {@code B} (and {@code S}), at
 * {@code I} (or {@code E}) after {@code O}, after a chunk that has just ended with {@code E} or
 * {@code S}, and at any tag whose type differs from the previous tag's type. A chunk ends before
 * {@code O}, {@code B}, {@code S} and a type change, after {@code E} and {@code S}, and at the end
 * of the sentence.
 *
 * <p>Design: for IOB1/IOB2 tags (prefixes {@code B}, {@code I} only) these are exactly
 * conlleval.pl's {@code startOfChunk}/{@code endOfChunk} rules, so an ill-formed {@code I-} after
 * {@code O} starts a chunk and IOB1 and IOB2 read alike; the tests check every conlleval vector and
 * random tag sequences against a literal port of conlleval ({@link ConllevalRawCounter}). With
 * those rules a start and an end always coincide inside a chunk, so chunks are plain spans and a
 * chunk is correct when the same span with the same type is in the gold sentence. conlleval itself
 * misreads BIOES (it treats {@code S} as an unknown prefix, so {@code S-PER S-PER} is one chunk, and
 * does not end a chunk between {@code E-LOC B-LOC}); this decoder reads {@code E} and {@code S} as
 * BIOES defines them instead.
 */
public final class LenientChunkDecoder implements ChunkDecoder {

  private static final Set<String> SINGLE_OR_BEGIN = Set.of("B", "S");
  private static final Set<String> SINGLE_OR_END = Set.of("E", "S");

  private final TagScheme scheme;

  public LenientChunkDecoder(TagScheme scheme) {
    this.scheme = scheme;
  }

  @Override
  public TagScheme scheme() {
    return scheme;
  }

  @Override
  public List<Chunk> decode(List<String> tags) {
    List<Chunk> chunks = new ArrayList<>();
    ChunkTag previous = ChunkTag.parse(ChunkTag.OUTSIDE);
    int openStart = -1;
    for (int i = 0; i < tags.size(); i++) {
      ChunkTag current = ChunkDecoder.parseValid(scheme, tags.get(i), i);
      if (openStart >= 0 && endsBefore(previous, current)) {
        chunks.add(new Chunk(previous.type(), openStart, i));
        openStart = -1;
      }
      if (startsAt(previous, current)) {
        openStart = i;
      }
      previous = current;
    }
    if (openStart >= 0) {
      chunks.add(new Chunk(previous.type(), openStart, tags.size()));
    }
    return Collections.unmodifiableList(chunks);
  }

  private static boolean endsBefore(ChunkTag previous, ChunkTag current) {
    return !previous.isOutside()
        && (current.isOutside()
            || SINGLE_OR_BEGIN.contains(current.prefix())
            || SINGLE_OR_END.contains(previous.prefix())
            || !previous.type().equals(current.type()));
  }

  private static boolean startsAt(ChunkTag previous, ChunkTag current) {
    return !current.isOutside()
        && (previous.isOutside()
            || SINGLE_OR_BEGIN.contains(current.prefix())
            || SINGLE_OR_END.contains(previous.prefix())
            || !previous.type().equals(current.type()));
  }
}
