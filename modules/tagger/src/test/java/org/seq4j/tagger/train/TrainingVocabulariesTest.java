package org.seq4j.tagger.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.seq4j.corpus.TaggedSentence;
import org.seq4j.corpus.vocab.VocabularyBuilder;
import org.seq4j.tagger.model.TaggerConfig;
import org.seq4j.tagger.model.TaggerVocabularies;

/** {@code max_words}: the training word vocabulary keeps the most frequent words, ties in string order. */
class TrainingVocabulariesTest {

  /** Counts (lowercased): the 4, sat 3, cat 2, dog 2, a 1, mat 1, on 1. */
  private static final List<TaggedSentence> TRAIN = List.of(
      sentence("The", "cat", "sat", "on", "the", "mat"),
      sentence("the", "dog", "sat"),
      sentence("A", "dog", "sat", "The", "cat"));

  private static TaggedSentence sentence(String... words) {
    return new TaggedSentence(List.of(words), List.of(words).stream().map(w -> "X").toList());
  }

  private static TaggerTrainingOptions maxWords(int n) {
    return TaggerTrainingOptions.defaults().with(Map.of("max_words", n));
  }

  private static List<String> expected(TaggerConfig config, int maxWords) {
    VocabularyBuilder counts = new VocabularyBuilder();
    TRAIN.forEach(s -> s.words().forEach(w -> counts.add(TaggerVocabularies.lookupForm(w, config))));
    return counts.build(1, maxWords, VocabularyBuilder.PAD_AND_UNK).tokens();
  }

  @Test
  void capKeepsTheMostFrequentWordsTiesInStringOrder() {
    TaggerConfig lower = TaggerConfig.defaults().with(Map.of("lowercase_words", true));
    TaggerVocabularies v = TrainingVocabularies.build(TRAIN, maxWords(3), lower, List.of());
    assertEquals(List.of("<pad>", "<unk>", "the", "sat", "cat"), v.words().tokens(),
        "cat before dog: a tie in string order");
    assertEquals(expected(lower, 3), v.words().tokens(), "what the corpus Vocabulary builder keeps");
    assertEquals(TaggerVocabularies.build(TRAIN, 1, lower).chars().tokens(), v.chars().tokens(),
        "characters are not capped");
    assertEquals(v.wordId("dog"), v.words().unkId());
  }

  @Test
  void noCapIsTheUsualBuild() {
    TaggerConfig config = TaggerConfig.defaults();
    assertEquals(TaggerVocabularies.build(TRAIN, 2, config, List.of("zebra")).words().tokens(),
        TrainingVocabularies.build(TRAIN, TaggerTrainingOptions.defaults().with(Map.of("min_word_frequency", 2)),
            config, List.of("zebra")).words().tokens());
    assertEquals(expected(config, VocabularyBuilder.UNLIMITED),
        TrainingVocabularies.build(TRAIN, maxWords(1000), config, List.of()).words().tokens());
  }

  @Test
  void vectorWordsComeAfterTheCap() {
    TaggerConfig lower = TaggerConfig.defaults().with(Map.of("lowercase_words", true));
    TaggerVocabularies v = TrainingVocabularies.build(TRAIN, maxWords(2), lower, List.of("Zebra", "dog", "the"));
    List<String> words = new ArrayList<>(v.words().tokens());
    assertEquals(List.of("<pad>", "<unk>", "the", "sat"), words.subList(0, 4));
    assertTrue(words.containsAll(List.of("zebra", "dog")), words.toString());
    assertEquals(6, words.size(), "'the' is not added twice");
  }

  @Test
  void maxWordsRoundTripsAndMustNotBeNegative() {
    TaggerTrainingOptions o = maxWords(5000);
    assertEquals(5000, o.maxWords());
    assertEquals(o, TaggerTrainingOptions.fromMap(o.toMap()));
    assertEquals(TaggerTrainingOptions.NO_WORD_LIMIT, TaggerTrainingOptions.defaults().maxWords());
    assertThrows(IllegalArgumentException.class, () -> maxWords(-1));
  }
}
