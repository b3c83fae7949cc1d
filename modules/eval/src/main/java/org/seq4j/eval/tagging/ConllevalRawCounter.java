package org.seq4j.eval.tagging;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * conlleval.pl's counting as the script literally does it, for any tag strings (default options:
 * outside tag {@code O}, no {@code -r}). This is the {@code conlleval} raw mode: it reproduces even
 * what the script does with input it was not written for, such as BIOES tags (it knows {@code E}
 * but not {@code S}: {@code S-PER S-PER} is one chunk) or POS tags.
 *
 * <p>Design: a token-by-token state machine over (previous tag, current tag) pairs with the
 * script's own chunk-start and chunk-end rules, including its {@code E}, {@code [}, {@code ]} and
 * {@code .} cases and its "correct so far" flag. Between sentences it feeds the boundary row the
 * script substitutes for a blank line ({@code O O}, not counted as a token), which closes every
 * chunk. For tags that are valid IOB1/IOB2 it gives the same counts as {@link LenientChunkDecoder}
 * (checked by the tests); use that decoder for BIOES.
 */
public final class ConllevalRawCounter {

  private static final ChunkTag BOUNDARY = ChunkTag.parse(ChunkTag.OUTSIDE);

  private ConllevalRawCounter() {}

  /** Counts tokens, correct tags and chunks exactly as conlleval.pl does. */
  public static ConllevalReport count(List<TaggedSentence> sentences) {
    State state = new State();
    for (TaggedSentence sentence : sentences) {
      for (int i = 0; i < sentence.size(); i++) {
        ChunkTag gold = ChunkTag.parse(sentence.gold().get(i));
        ChunkTag guessed = ChunkTag.parse(sentence.predicted().get(i));
        state.step(gold, guessed);
        state.tokens++;
        if (gold.equals(guessed)) {
          state.correctTags++;
        }
      }
      state.step(BOUNDARY, BOUNDARY);
    }
    state.finish();
    Map<String, MatchCounts> perType = new HashMap<>();
    for (String type : state.goldPerType.keySet()) {
      perType.put(type, state.countsOf(type));
    }
    for (String type : state.foundPerType.keySet()) {
      perType.put(type, state.countsOf(type));
    }
    return new ConllevalReport(state.tokens, state.correctTags, EntityCounts.ofPerType(perType));
  }

  /** The mutable counters of one run; confined to {@link #count}. */
  private static final class State {
    long tokens;
    long correctTags;
    final Map<String, Long> goldPerType = new HashMap<>();
    final Map<String, Long> foundPerType = new HashMap<>();
    final Map<String, Long> correctPerType = new HashMap<>();
    ChunkTag lastGold = BOUNDARY;
    ChunkTag lastGuessed = BOUNDARY;
    boolean inCorrect;

    void step(ChunkTag gold, ChunkTag guessed) {
      if (inCorrect) {
        boolean goldEnds = endOfChunk(lastGold, gold);
        boolean guessedEnds = endOfChunk(lastGuessed, guessed);
        if (goldEnds && guessedEnds && lastGuessed.type().equals(lastGold.type())) {
          inCorrect = false;
          correctPerType.merge(lastGold.type(), 1L, Long::sum);
        } else if (goldEnds != guessedEnds || !guessed.type().equals(gold.type())) {
          inCorrect = false;
        }
      }
      boolean goldStarts = startOfChunk(lastGold, gold);
      boolean guessedStarts = startOfChunk(lastGuessed, guessed);
      if (goldStarts && guessedStarts && guessed.type().equals(gold.type())) {
        inCorrect = true;
      }
      if (goldStarts) {
        goldPerType.merge(gold.type(), 1L, Long::sum);
      }
      if (guessedStarts) {
        foundPerType.merge(guessed.type(), 1L, Long::sum);
      }
      lastGold = gold;
      lastGuessed = guessed;
    }

    void finish() {
      if (inCorrect) {
        correctPerType.merge(lastGold.type(), 1L, Long::sum);
      }
    }

    MatchCounts countsOf(String type) {
      return new MatchCounts(
          goldPerType.getOrDefault(type, 0L),
          foundPerType.getOrDefault(type, 0L),
          correctPerType.getOrDefault(type, 0L));
    }
  }

  static boolean endOfChunk(ChunkTag previous, ChunkTag current) {
    String p = previous.prefix();
    String c = current.prefix();
    boolean end =
        (p.equals("B") || p.equals("I")) && (c.equals("B") || c.equals("O"))
            || p.equals("E") && (c.equals("E") || c.equals("I") || c.equals("O"));
    end |= !p.equals("O") && !p.equals(".") && !previous.type().equals(current.type());
    return end || p.equals("[") || p.equals("]");
  }

  static boolean startOfChunk(ChunkTag previous, ChunkTag current) {
    String p = previous.prefix();
    String c = current.prefix();
    boolean start =
        c.equals("B") && (p.equals("B") || p.equals("I") || p.equals("O"))
            || c.equals("I") && p.equals("O")
            || p.equals("E") && (c.equals("E") || c.equals("I"))
            || p.equals("O") && c.equals("E");
    start |= !c.equals("O") && !c.equals(".") && !previous.type().equals(current.type());
    return start || c.equals("[") || c.equals("]");
  }
}
