package org.seq4j.eval.tagging;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Entity-level (chunk) counts of predicted against gold tags: a predicted chunk is correct when a
 * gold chunk has the same start, end and type. Chunks are decoded per sentence with one {@link
 * ChunkDecoder} (lenient conlleval reading or strict), and the same decoder is used for gold and
 * prediction. Never modifies its inputs.
 */
public final class EntityScorer {

  private static final MatchCounts GOLD_ONLY = new MatchCounts(1, 0, 0);
  private static final MatchCounts FOUND_ONLY = new MatchCounts(0, 1, 0);
  /** A correct predicted chunk: its gold chunk is counted separately, as {@link #GOLD_ONLY}. */
  private static final MatchCounts CORRECT = new MatchCounts(0, 1, 1);

  private final ChunkDecoder decoder;

  public EntityScorer(ChunkDecoder decoder) {
    this.decoder = decoder;
  }

  public ChunkDecoder decoder() {
    return decoder;
  }

  /** Per-type and total counts over all sentences. */
  public EntityCounts score(List<TaggedSentence> sentences) {
    Map<String, MatchCounts> perType = new HashMap<>();
    for (TaggedSentence sentence : sentences) {
      List<Chunk> gold = decoder.decode(sentence.gold());
      List<Chunk> found = decoder.decode(sentence.predicted());
      Set<Chunk> goldSet = new HashSet<>(gold);
      for (Chunk chunk : gold) {
        perType.merge(chunk.type(), GOLD_ONLY, MatchCounts::plus);
      }
      for (Chunk chunk : found) {
        perType.merge(
            chunk.type(), goldSet.contains(chunk) ? CORRECT : FOUND_ONLY, MatchCounts::plus);
      }
    }
    return EntityCounts.ofPerType(perType);
  }

  /** Total counts of one sentence (the additive statistics the entity metrics use). */
  public MatchCounts sentenceCounts(TaggedSentence sentence) {
    List<Chunk> gold = decoder.decode(sentence.gold());
    List<Chunk> found = decoder.decode(sentence.predicted());
    Set<Chunk> goldSet = new HashSet<>(gold);
    long correct = found.stream().filter(goldSet::contains).count();
    return new MatchCounts(gold.size(), found.size(), correct);
  }
}
