package org.seq4j.tagger.model;

import java.util.ArrayList;
import java.util.Collection;
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
 * (in their lookup form: lowercased and with digits replaced by {@code 0} when the config says so),
 * optionally plus extra words such as the vocabulary of pretrained vectors, so that words never seen
 * in training still get their pretrained row; other words become {@code <unk>}, so the model learns
 * an {@code <unk>} vector from the rare words (or from word dropout). Characters: {@code <pad> <unk>} plus every
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
  /** Stands for every decimal digit in a word's lookup form. */
  private static final char DIGIT_PLACEHOLDER = '0';

  private final CodePointIds charIds;
  private final boolean lowercaseWords;
  private final boolean normalizeDigits;
  private final int maxWordChars;

  /** Vocabularies for a model with this config (its word lookup form and character cap). */
  public TaggerVocabularies(Vocabulary words, Vocabulary chars, Vocabulary tags, TaggerConfig config) {
    this(words, chars, tags, config.lowercaseWords(), config.maxWordChars(), config.normalizeDigits());
  }

  /** Vocabularies whose words keep their digits (models from before {@code normalize_digits}). */
  public TaggerVocabularies(Vocabulary words, Vocabulary chars, Vocabulary tags, boolean lowercaseWords,
      int maxWordChars) {
    this(words, chars, tags, lowercaseWords, maxWordChars, false);
  }

  private TaggerVocabularies(Vocabulary words, Vocabulary chars, Vocabulary tags, boolean lowercaseWords,
      int maxWordChars, boolean normalizeDigits) {
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
    this.charIds = new CodePointIds(chars);
    this.lowercaseWords = lowercaseWords;
    this.maxWordChars = maxWordChars;
    this.normalizeDigits = normalizeDigits;
  }

  /** Builds the vocabularies from training sentences. */
  public static TaggerVocabularies build(List<TaggedSentence> training, int minWordFrequency, TaggerConfig config) {
    return build(training, minWordFrequency, config, List.of());
  }

  /**
   * Builds the vocabularies from training sentences plus {@code extraWords} (taken in their lookup
   * form, whatever their training count). A word's count is its training count; a word that only
   * comes from {@code extraWords} is counted once (ids follow {@link Vocabulary}'s count-then-string
   * order as usual).
   */
  public static TaggerVocabularies build(List<TaggedSentence> training, int minWordFrequency, TaggerConfig config,
      Collection<String> extraWords) {
    VocabularyBuilder trainCounts = new VocabularyBuilder();
    VocabularyBuilder charCounts = new VocabularyBuilder();
    VocabularyBuilder tagCounts = new VocabularyBuilder();
    for (TaggedSentence sentence : training) {
      for (String word : sentence.words()) {
        trainCounts.add(lookupForm(word, config.lowercaseWords(), config.normalizeDigits()));
        word.codePoints().forEach(c -> charCounts.add(Character.toString(c)));
      }
      tagCounts.addAll(sentence.tags());
    }
    Vocabulary words = trainCounts.build(minWordFrequency, VocabularyBuilder.UNLIMITED, VocabularyBuilder.PAD_AND_UNK);
    if (!extraWords.isEmpty()) {
      words = withExtraWords(words, extraWords, config);
    }
    return new TaggerVocabularies(words,
        charCounts.build(EVERY_CHARACTER, VocabularyBuilder.UNLIMITED, VocabularyBuilder.PAD_AND_UNK),
        tagCounts.build(EVERY_TAG, VocabularyBuilder.UNLIMITED, NO_SPECIALS), config);
  }

  private static Vocabulary withExtraWords(Vocabulary trainWords, Collection<String> extraWords, TaggerConfig config) {
    VocabularyBuilder merged = new VocabularyBuilder();
    for (int id = 0; id < trainWords.size(); id++) {
      String word = trainWords.token(id);
      if (SpecialToken.fromToken(word) == null) {
        for (long k = 0; k < trainWords.count(id); k++) {
          merged.add(word);
        }
      }
    }
    for (String extra : extraWords) {
      String form = lookupForm(extra, config.lowercaseWords(), config.normalizeDigits());
      if (!form.isEmpty() && merged.count(form) == 0 && SpecialToken.fromToken(form) == null) {
        merged.add(form);
      }
    }
    return merged.build(EVERY_CHARACTER, VocabularyBuilder.UNLIMITED, VocabularyBuilder.PAD_AND_UNK);
  }

  /**
   * The form in which a model with this config looks a word up (lowercased, digits as {@code 0},
   * when configured): text for training pretrained vectors should be in this form too.
   */
  public static String lookupForm(String word, TaggerConfig config) {
    return lookupForm(word, config.lowercaseWords(), config.normalizeDigits());
  }

  private static String lookupForm(String word, boolean lowercase, boolean normalizeDigits) {
    String form = lowercase ? word.toLowerCase(Locale.ROOT) : word;
    if (!normalizeDigits) {
      return form;
    }
    StringBuilder out = null;
    for (int i = 0; i < form.length(); i++) {
      char c = form.charAt(i);
      if (Character.isDigit(c) && c != DIGIT_PLACEHOLDER) {
        if (out == null) {
          out = new StringBuilder(form);
        }
        out.setCharAt(i, DIGIT_PLACEHOLDER);
      }
    }
    return out == null ? form : out.toString();
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

  /** The word's id (in its lookup form: lowercased, digits as 0, when configured), or {@code <unk>}'s. */
  public int wordId(String word) {
    return words.idOrUnknown(lookupForm(word, lowercaseWords, normalizeDigits));
  }

  /**
   * Character ids of a word: one per code point, unseen ones as {@code <unk>}. A word longer than
   * {@code maxWordChars} keeps its first {@code ceil(max/2)} and last {@code floor(max/2)}
   * characters: prefixes and suffixes carry most of what characters say about a tag, and the cap
   * bounds the cost of a batch (its width is its longest word).
   */
  public int[] charIds(String word) {
    int[] codePoints = codePoints(word);
    int n = Math.min(codePoints.length, maxWordChars);
    int head = (n + 1) / 2;
    int[] ids = new int[n];
    for (int i = 0; i < n; i++) {
      int source = i < head || codePoints.length <= maxWordChars ? i : codePoints.length - (n - i);
      ids[i] = charIds.idOrUnknown(codePoints[source]);
    }
    return ids;
  }

  /** The code points of {@code word} (a loop: the stream version showed in tagging profiles). */
  private static int[] codePoints(String word) {
    int[] out = new int[word.codePointCount(0, word.length())];
    for (int i = 0, k = 0; k < out.length; k++) {
      out[k] = word.codePointAt(i);
      i += Character.charCount(out[k]);
    }
    return out;
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
