package org.seq4j.eval.tagging;

import java.util.List;

/**
 * Turns one sentence's tags into chunks. Implementations never modify the given list and return an
 * unmodifiable list of chunks in sentence order. A sentence boundary always closes every chunk, so
 * chunks are decoded one sentence at a time.
 */
public interface ChunkDecoder {

  /**
   * The chunks of one sentence.
   *
   * @param tags the sentence's tags, each valid in {@link #scheme()}
   * @throws IllegalArgumentException if a tag is not valid in the scheme (callers that read user
   *     files validate tags first and report the file and line)
   */
  List<Chunk> decode(List<String> tags);

  /** The scheme this decoder reads. */
  TagScheme scheme();

  /** The lenient (conlleval) or strict (seqeval strict mode) decoder for {@code scheme}. */
  static ChunkDecoder of(TagScheme scheme, boolean strict) {
    return strict ? new StrictChunkDecoder(scheme) : new LenientChunkDecoder(scheme);
  }

  /** Throws {@link IllegalArgumentException} if {@code tag} at {@code index} is invalid. */
  static ChunkTag parseValid(TagScheme scheme, String tag, int index) {
    if (!scheme.isValid(tag)) {
      throw new IllegalArgumentException(
          "tag '" + tag + "' at token " + (index + 1) + " is not valid in " + scheme.cliName()
              + ": expected " + scheme.expectedTags());
    }
    return ChunkTag.parse(tag);
  }
}
