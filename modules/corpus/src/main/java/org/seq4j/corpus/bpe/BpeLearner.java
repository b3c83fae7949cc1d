package org.seq4j.corpus.bpe;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Learns byte-pair-encoding merges from training tokens (Sennrich, Haddow and Birch 2016, "Neural
 * Machine Translation of Rare Words with Subword Units").
 *
 * <p>Words are counted first; learning then works on distinct words with their counts, starting
 * from code points with {@link BpeMerges#END_OF_WORD} on each word's last one, and repeatedly merges
 * the most frequent adjacent symbol pair. For a joint vocabulary (one set of merges for source and
 * target, as for related languages like German–English) add both sides to one learner; for
 * per-side merges use one learner per side. See {@link PairMergeLearning} for how the pair counts
 * are kept up to date efficiently.
 *
 * <p>Counting is mutable and not thread-safe; {@link #learn} does not change the counts.
 */
public final class BpeLearner {

  /** Default for the smallest pair count still worth a merge; below it learning stops early. */
  public static final int DEFAULT_MIN_PAIR_FREQUENCY = 2;

  /** Count per word; a one-element array so counting does not box a Long per occurrence. */
  private final Map<String, long[]> wordCounts = new HashMap<>();

  /**
   * Counts one token.
   *
   * @throws IllegalArgumentException for an empty token or one containing whitespace
   */
  public BpeLearner add(String token) {
    checkToken(token);
    wordCounts.computeIfAbsent(token, t -> new long[1])[0]++;
    return this;
  }

  /** Counts every token of a sequence. */
  public BpeLearner addAll(List<String> sequence) {
    for (String token : sequence) {
      add(token);
    }
    return this;
  }

  /** Counts every token of every sequence. */
  public BpeLearner addSequences(Iterable<? extends List<String>> sequences) {
    for (List<String> sequence : sequences) {
      addAll(sequence);
    }
    return this;
  }

  /** Number of distinct words counted. */
  public int distinctWords() {
    return wordCounts.size();
  }

  /** Learns up to {@code numMerges} merges, stopping early below {@link #DEFAULT_MIN_PAIR_FREQUENCY}. */
  public BpeMerges learn(int numMerges) {
    return learn(numMerges, DEFAULT_MIN_PAIR_FREQUENCY);
  }

  /**
   * Learns up to {@code numMerges} merges.
   *
   * @param numMerges the number of merges wanted
   * @param minPairFrequency learning stops when the most frequent pair occurs fewer times
   */
  public BpeMerges learn(int numMerges, int minPairFrequency) {
    if (numMerges < 0) {
      throw new IllegalArgumentException("numMerges must not be negative, got " + numMerges);
    }
    if (minPairFrequency < 1) {
      throw new IllegalArgumentException(
          "minPairFrequency must be at least 1, got " + minPairFrequency);
    }
    Map<String, Long> counts = new HashMap<>(wordCounts.size() * 2);
    wordCounts.forEach((word, count) -> counts.put(word, count[0]));
    return new BpeMerges(new PairMergeLearning(counts).learn(numMerges, minPairFrequency));
  }

  /** Convenience: joint merges learned on the tokens of both sides of a parallel corpus. */
  public static BpeMerges learnJoint(
      Iterable<? extends List<String>> sourceSide,
      Iterable<? extends List<String>> targetSide,
      int numMerges) {
    return new BpeLearner().addSequences(sourceSide).addSequences(targetSide).learn(numMerges);
  }

  static void checkToken(String token) {
    if (token.isEmpty()) {
      throw new IllegalArgumentException("empty token");
    }
    for (int i = 0; i < token.length(); i++) {
      if (Character.isWhitespace(token.charAt(i))) {
        throw new IllegalArgumentException("token contains whitespace: '" + token + "'");
      }
    }
  }
}
