package org.seq4j.tagger;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.seq4j.corpus.TaggedSentence;

/**
 * Small seeded tagging tasks whose tags are a deterministic function of the words, so a model that
 * learns them can be told apart from one that does not.
 */
public final class SyntheticTaggingTasks {

  /** Tag of a word equal to the word before it. */
  public static final String REPEAT = "REP";
  /** Tags of other words: by the word's first letter. */
  public static final String VOWEL = "VOW";
  public static final String CONSONANT = "CON";

  private static final String LETTERS = "abcdefghijklmnopqrstuvwxyz";
  private static final String VOWELS = "aeiou";
  private static final int WORD_TYPES = 40;
  private static final int MIN_WORD_LENGTH = 2;
  private static final int MAX_WORD_LENGTH = 6;
  private static final int MIN_SENTENCE = 3;
  private static final int MAX_SENTENCE = 12;
  private static final double REPEAT_PROBABILITY = 0.3;

  private static final String[] PER_TRIGGERS = {"mr", "mrs", "dr"};
  private static final String[] LOC_TRIGGERS = {"in", "at", "near"};
  private static final String[] FILLERS = {"the", "a", "saw", "met", "went", "and", "then", "today", "we", "they"};
  private static final int NAME_TYPES = 30;
  private static final int MAX_SPAN = 3;
  private static final double SPAN_PROBABILITY = 0.4;

  private SyntheticTaggingTasks() {}

  /**
   * "Repeat or first letter": a word equal to the previous word is {@link #REPEAT}, otherwise
   * {@link #VOWEL} or {@link #CONSONANT} by its first letter. Needs both the word (or its characters)
   * and its left context. Words come from a fixed seeded set of {@value #WORD_TYPES} types.
   */
  public static List<TaggedSentence> repeats(int sentences, long seed) {
    List<String> types = wordTypes(WORD_TYPES, new SplittableRandom(0));
    SplittableRandom random = new SplittableRandom(seed);
    List<TaggedSentence> out = new ArrayList<>();
    for (int s = 0; s < sentences; s++) {
      int length = random.nextInt(MIN_SENTENCE, MAX_SENTENCE + 1);
      List<String> words = new ArrayList<>();
      List<String> tags = new ArrayList<>();
      for (int i = 0; i < length; i++) {
        boolean repeat = i > 0 && random.nextDouble() < REPEAT_PROBABILITY;
        String word = repeat ? words.get(i - 1) : types.get(random.nextInt(types.size()));
        boolean isRepeat = i > 0 && word.equals(words.get(i - 1));
        words.add(word);
        tags.add(isRepeat ? REPEAT : VOWELS.indexOf(word.charAt(0)) >= 0 ? VOWEL : CONSONANT);
      }
      out.add(new TaggedSentence(words, tags));
    }
    return out;
  }

  /**
   * IOB2 "entities": spans of 1..{@value #MAX_SPAN} name words after a trigger word; the span's type
   * (PER after mr/mrs/dr, LOC after in/at/near) is not a property of the names, which are shared
   * by both types, so an I- tag's type follows from the previous tag, not from its word.
   */
  public static List<TaggedSentence> entities(int sentences, long seed) {
    List<String> names = wordTypes(NAME_TYPES, new SplittableRandom(1));
    SplittableRandom random = new SplittableRandom(seed);
    List<TaggedSentence> out = new ArrayList<>();
    for (int s = 0; s < sentences; s++) {
      int chunks = random.nextInt(MIN_SENTENCE, MAX_SENTENCE + 1);
      List<String> words = new ArrayList<>();
      List<String> tags = new ArrayList<>();
      for (int c = 0; c < chunks; c++) {
        if (random.nextDouble() < SPAN_PROBABILITY) {
          boolean person = random.nextBoolean();
          String[] triggers = person ? PER_TRIGGERS : LOC_TRIGGERS;
          String type = person ? "PER" : "LOC";
          words.add(triggers[random.nextInt(triggers.length)]);
          tags.add("O");
          int span = random.nextInt(1, MAX_SPAN + 1);
          for (int k = 0; k < span; k++) {
            words.add(names.get(random.nextInt(names.size())));
            tags.add((k == 0 ? "B-" : "I-") + type);
          }
        } else {
          words.add(FILLERS[random.nextInt(FILLERS.length)]);
          tags.add("O");
        }
      }
      out.add(new TaggedSentence(words, tags));
    }
    return out;
  }

  private static List<String> wordTypes(int count, SplittableRandom random) {
    List<String> types = new ArrayList<>();
    while (types.size() < count) {
      int length = random.nextInt(MIN_WORD_LENGTH, MAX_WORD_LENGTH + 1);
      StringBuilder word = new StringBuilder();
      for (int i = 0; i < length; i++) {
        word.append(LETTERS.charAt(random.nextInt(LETTERS.length())));
      }
      String w = word.toString();
      if (!types.contains(w) && !List.of(FILLERS).contains(w) && !List.of(PER_TRIGGERS).contains(w)
          && !List.of(LOC_TRIGGERS).contains(w)) {
        types.add(w);
      }
    }
    return types;
  }
}
