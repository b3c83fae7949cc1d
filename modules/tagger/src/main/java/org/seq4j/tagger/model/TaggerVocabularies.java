package org.seq4j.tagger.model;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.seq4j.corpus.TaggedSentence;
import org.seq4j.corpus.batch.TaggingExample;
import org.seq4j.corpus.vocab.SpecialToken;
import org.seq4j.corpus.vocab.Vocabulary;
import org.seq4j.corpus.vocab.VocabularyBuilder;

/**
 * The three vocabularies of a tagger and the encoding of sentences into ids.
 *
 * <p>Words: {@code <pad> <unk>} plus training words seen at least {@code minWordFrequency} times
 * (lowercased when the config says so); rarer and unseen words become {@code <unk>}, so the model
 * learns an {@code <unk>} vector from the rare words. Characters: {@code <pad> <unk>} plus every
 * character (Unicode code point) of the training words, case kept; an unseen character becomes
 * the character {@code <unk>}. Tags: no special entries, so tag ids are exactly the output
 * classes (padding positions are masked, never predicted).
 *
 * <p>Immutable and thread-safe; encoding never modifies its inputs.
 */
public final class TaggerVocabularies {

  /** A tag vocabulary has no special entries. */
  private static final EnumSet<SpecialToken> NO_SPECIALS = EnumSet.noneOf(SpecialToken.class);
  private static final int EVERY_CHARACTER = 1;
  private static final int EVERY_TAG = 1;

  private final Vocabulary words;
  private final Vocabulary chars;
  private final Vocabulary tags;
  private final boolean lowercaseWords;
  private final int maxWordChars;

  public TaggerVocabularies(Vocabulary words, Vocabulary chars, Vocabulary tags, boolean lowercaseWords,
      int maxWordChars) {
    this.words = Objects.requireNonNull(words, "words");
    this.chars = Objects.requireNonNull(chars, "chars");
    this.tags = Objects.requireNonNull(tags, "tags");
    if (!words.has(SpecialToken.PAD) || !words.has(SpecialToken.UNK) || !chars.has(SpecialToken.PAD)
        || !chars.has(SpecialToken.UNK)) {
      throw new IllegalArgumentException("word and character vocabularies need <pad> and <unk>");
    }
    if (!tags.specials().isEmpty() || tags.size() == 0) {
      throw new IllegalArgumentException("the tag vocabulary must be non-empty and have no special tokens");
    }
    this.lowercaseWords = lowercaseWords;
    this.maxWordChars = maxWordChars;
  }

  /** Builds the vocabularies from training sentences. */
  public static TaggerVocabularies build(List<TaggedSentence> training, int minWordFrequency, TaggerConfig config) {
    VocabularyBuilder wordCounts = new VocabularyBuilder();
    VocabularyBuilder charCounts = new VocabularyBuilder();
    VocabularyBuilder tagCounts = new VocabularyBuilder();
    for (TaggedSentence sentence : training) {
      for (String word : sentence.words()) {
        wordCounts.add(config.lowercaseWords() ? word.toLowerCase(Locale.ROOT) : word);
        word.codePoints().forEach(c -> charCounts.add(Character.toString(c)));
      }
      tagCounts.addAll(sentence.tags());
    }
    return new TaggerVocabularies(
        wordCounts.build(minWordFrequency, VocabularyBuilder.UNLIMITED, VocabularyBuilder.PAD_AND_UNK),
        charCounts.build(EVERY_CHARACTER, VocabularyBuilder.UNLIMITED, VocabularyBuilder.PAD_AND_UNK),
        tagCounts.build(EVERY_TAG, VocabularyBuilder.UNLIMITED, NO_SPECIALS),
        config.lowercaseWords(), config.maxWordChars());
  }

  public Vocabulary words() {
    return words;
  }

  public Vocabulary chars() {
    return chars;
  }

  public Vocabulary tags() {
    return tags;
  }

  /** The word's id (after lowercasing when configured), or {@code <unk>}'s. */
  public int wordId(String word) {
    return words.idOrUnknown(lowercaseWords ? word.toLowerCase(Locale.ROOT) : word);
  }

  /**
   * Character ids of a word: one per code point, unseen ones as {@code <unk>}. A word longer than
   * {@code maxWordChars} keeps its first {@code ceil(max/2)} and last {@code floor(max/2)}
   * characters: prefixes and suffixes carry most of what characters say about a tag, and the cap
   * bounds the cost of a batch (its width is its longest word).
   */
  public int[] charIds(String word) {
    int[] codePoints = word.codePoints().toArray();
    int n = Math.min(codePoints.length, maxWordChars);
    int head = (n + 1) / 2;
    int[] ids = new int[n];
    for (int i = 0; i < n; i++) {
      int source = i < head || codePoints.length <= maxWordChars ? i : codePoints.length - (n - i);
      ids[i] = chars.idOrUnknown(Character.toString(codePoints[source]));
    }
    return ids;
  }

  /**
   * Encodes words for inference (tag ids are all 0 and unused).
   *
   * @param withChars also encode characters (for models with character features)
   */
  public TaggingExample encode(List<String> sentence, boolean withChars) {
    int[] wordIds = new int[sentence.size()];
    int[][] charIds = withChars ? new int[sentence.size()][] : null;
    for (int i = 0; i < wordIds.length; i++) {
      wordIds[i] = wordId(sentence.get(i));
      if (withChars) {
        charIds[i] = charIds(sentence.get(i));
      }
    }
    return new TaggingExample(wordIds, new int[wordIds.length], charIds);
  }

  /**
   * Encodes a training sentence with its tags.
   *
   * @throws IllegalArgumentException for a tag outside the tag vocabulary
   */
  public TaggingExample encodeTagged(TaggedSentence sentence, boolean withChars) {
    TaggingExample words = encode(sentence.words(), withChars);
    int[] tagIds = new int[sentence.size()];
    for (int i = 0; i < tagIds.length; i++) {
      int id = tags.id(sentence.tags().get(i));
      if (id == Vocabulary.NOT_FOUND) {
        throw new IllegalArgumentException("tag '" + sentence.tags().get(i) + "' is not in the tag set " + tags.tokens());
      }
      tagIds[i] = id;
    }
    return new TaggingExample(words.tokenIds(), tagIds, words.charIds());
  }

  /** Tag strings for predicted ids; an immutable list. */
  public List<String> decodeTags(int[] tagIds) {
    List<String> out = new ArrayList<>(tagIds.length);
    for (int id : tagIds) {
      out.add(tags.token(id));
    }
    return List.copyOf(out);
  }
}
