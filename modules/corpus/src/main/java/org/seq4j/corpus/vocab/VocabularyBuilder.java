package org.seq4j.corpus.vocab;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Counts tokens and builds a {@link Vocabulary} from them.
 *
 * <p>Counting is mutable and not thread-safe (one builder per corpus pass); {@link #build} does
 * not change the counts, so several vocabularies (different cut-offs) can be built from one pass.
 * The reserved strings {@code <pad> <unk> <s> </s>} are not counted if they occur in the data: they
 * always mean the special tokens.
 */
public final class VocabularyBuilder {

  /** Use as {@code maxSize} for no size limit. */
  public static final int UNLIMITED = Integer.MAX_VALUE;

  /** The four special tokens: source and target vocabularies of a translation model. */
  public static final Set<SpecialToken> ALL_SPECIALS = EnumSet.allOf(SpecialToken.class);

  /** PAD and UNK: the word vocabulary of a tagger. */
  public static final Set<SpecialToken> PAD_AND_UNK = EnumSet.of(SpecialToken.PAD, SpecialToken.UNK);

  /** PAD only: a tag vocabulary, where every tag is known. */
  public static final Set<SpecialToken> PAD_ONLY = EnumSet.of(SpecialToken.PAD);

  private static final Comparator<Map.Entry<String, long[]>> BY_COUNT_THEN_TOKEN =
      Comparator.<Map.Entry<String, long[]>>comparingLong(e -> -e.getValue()[0])
          .thenComparing(Map.Entry::getKey);

  /** Count per token; a one-element array so counting does not box a Long per occurrence. */
  private final Map<String, long[]> counts = new HashMap<>();

  /** Counts one token. */
  public VocabularyBuilder add(String token) {
    if (token.isEmpty()) {
      throw new IllegalArgumentException("empty token");
    }
    if (SpecialToken.fromToken(token) == null) {
      counts.computeIfAbsent(token, t -> new long[1])[0]++;
    }
    return this;
  }

  /** Counts every token of a sequence. */
  public VocabularyBuilder addAll(List<String> sequence) {
    for (String token : sequence) {
      add(token);
    }
    return this;
  }

  /** Counts every token of every sequence. */
  public VocabularyBuilder addSequences(Iterable<? extends List<String>> sequences) {
    for (List<String> sequence : sequences) {
      addAll(sequence);
    }
    return this;
  }

  /** How often the token was counted so far. */
  public long count(String token) {
    long[] count = counts.get(token);
    return count == null ? 0 : count[0];
  }

  /**
   * Builds the vocabulary.
   *
   * @param minFrequency tokens seen fewer times are left out (they become {@code <unk>})
   * @param maxSize at most this many regular tokens, the most frequent ones; special tokens do not
   *     count towards it; {@link #UNLIMITED} for no limit
   * @param specials which special tokens to include
   */
  public Vocabulary build(int minFrequency, int maxSize, Set<SpecialToken> specials) {
    if (minFrequency < 1) {
      throw new IllegalArgumentException("minFrequency must be at least 1, got " + minFrequency);
    }
    if (maxSize < 0) {
      throw new IllegalArgumentException("maxSize must not be negative, got " + maxSize);
    }
    List<Map.Entry<String, long[]>> entries = new ArrayList<>();
    for (Map.Entry<String, long[]> entry : counts.entrySet()) {
      if (entry.getValue()[0] >= minFrequency) {
        entries.add(entry);
      }
    }
    entries.sort(BY_COUNT_THEN_TOKEN);
    int size = Math.min(maxSize, entries.size());
    List<String> tokens = new ArrayList<>(size);
    List<Long> tokenCounts = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      tokens.add(entries.get(i).getKey());
      tokenCounts.add(entries.get(i).getValue()[0]);
    }
    return new Vocabulary(specials, tokens, tokenCounts);
  }
}
