package org.seq4j.eval.tagging;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Strict chunk reading, like seqeval's strict mode: only well-formed chunks are entities, and
 * ill-formed ones are not counted at all (neither as found nor as gold).
 *
 * <ul>
 *   <li>IOB2: a chunk is {@code B-T} followed by any number of {@code I-T}. An {@code I-T} that
 *       does not continue a chunk of type {@code T} belongs to no chunk.
 *   <li>IOB1: a chunk starts with {@code I-T} after {@code O}, after the sentence start or after
 *       another type, or with {@code B-T} right after a chunk of the same type, and continues with
 *       {@code I-T}. A {@code B-T} that does not follow a chunk of type {@code T} belongs to no
 *       chunk.
 *   <li>BIOES: a chunk is {@code S-T}, or {@code B-T}, any number of {@code I-T}, then {@code
 *       E-T}. A chunk that is not closed by its {@code E-T} (an {@code O}, another tag or the end
 *       of the sentence comes first) is dropped.
 * </ul>
 *
 * <p>Design: one pass with at most one open chunk. For the IOB schemes an open chunk ends properly
 * at whatever closes it; in BIOES only {@code E}/{@code S} end a chunk properly.
 */
public final class StrictChunkDecoder implements ChunkDecoder {

  private final TagScheme scheme;

  public StrictChunkDecoder(TagScheme scheme) {
    this.scheme = scheme;
  }

  @Override
  public TagScheme scheme() {
    return scheme;
  }

  @Override
  public List<Chunk> decode(List<String> tags) {
    List<Chunk> chunks = new ArrayList<>();
    boolean iob = scheme != TagScheme.BIOES;
    String openType = null;
    int openStart = -1;
    for (int i = 0; i < tags.size(); i++) {
      ChunkTag tag = ChunkDecoder.parseValid(scheme, tags.get(i), i);
      boolean continuesOpen = openType != null && openType.equals(tag.type());
      String prefix = tag.isOutside() ? ChunkTag.OUTSIDE : tag.prefix();
      if (prefix.equals("I") && continuesOpen) {
        continue;
      }
      if (prefix.equals("E") && continuesOpen) {
        chunks.add(new Chunk(openType, openStart, i + 1));
        openType = null;
        continue;
      }
      // Every other tag closes the open chunk: properly for IOB, improperly for BIOES.
      if (iob && openType != null) {
        chunks.add(new Chunk(openType, openStart, i));
      }
      boolean opens =
          switch (prefix) {
            case "B" -> scheme != TagScheme.IOB1 || continuesOpen;
            case "I" -> scheme == TagScheme.IOB1;
            default -> false;
          };
      if (prefix.equals("S")) {
        chunks.add(new Chunk(tag.type(), i, i + 1));
      }
      openType = opens ? tag.type() : null;
      openStart = i;
    }
    if (iob && openType != null) {
      chunks.add(new Chunk(openType, openStart, tags.size()));
    }
    return Collections.unmodifiableList(chunks);
  }
}
