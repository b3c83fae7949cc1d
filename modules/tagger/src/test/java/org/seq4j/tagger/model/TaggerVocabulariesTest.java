package org.seq4j.tagger.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.seq4j.corpus.TaggedSentence;
import org.seq4j.corpus.batch.TaggingExample;
import org.seq4j.corpus.vocab.Vocabulary;

class TaggerVocabulariesTest {

  private static final List<TaggedSentence> TRAIN = List.of(
      new TaggedSentence(List.of("The", "cat", "sat"), List.of("DET", "NOUN", "VERB")),
      new TaggedSentence(List.of("the", "dog", "sat"), List.of("DET", "NOUN", "VERB")));

  @Test
  void rareAndUnseenWordsAndCharactersBecomeUnknown() {
    TaggerVocabularies v = TaggerVocabularies.build(TRAIN, 2, TaggerConfig.defaults());
    assertEquals(Vocabulary.UNK_ID, v.wordId("cat"));
    assertNotEquals(Vocabulary.UNK_ID, v.wordId("sat"));
    assertEquals(Vocabulary.UNK_ID, v.wordId("never"));
    int unknownChar = v.chars().unkId();
    assertArrayEquals(new int[] {v.chars().id("c"), unknownChar, unknownChar}, v.charIds("c€☃"));
  }

  @Test
  void lowercaseLookupFoldsCaseForWordsOnly() {
    TaggerConfig lower = TaggerConfig.defaults().with(Map.of("lowercase_words", true));
    TaggerVocabularies v = TaggerVocabularies.build(TRAIN, 2, lower);
    assertEquals(v.wordId("the"), v.wordId("THE"));
    assertNotEquals(Vocabulary.UNK_ID, v.wordId("The"));
    assertNotEquals(v.charIds("T")[0], v.charIds("t")[0]);
  }

  @Test
  void longWordsKeepTheirFirstAndLastCharacters() {
    TaggerConfig capped = TaggerConfig.defaults().with(Map.of("max_word_chars", 4));
    List<TaggedSentence> train = List.of(new TaggedSentence(List.of("abcdefg"), List.of("X")));
    TaggerVocabularies v = TaggerVocabularies.build(train, 1, capped);
    assertArrayEquals(v.charIds("abfg"), v.charIds("abcdefg"));
    assertEquals(3, v.charIds("abc").length);
  }

  @Test
  void tagsHaveNoSpecialEntriesAndUnknownTrainingTagsAreRejected() {
    TaggerVocabularies v = TaggerVocabularies.build(TRAIN, 1, TaggerConfig.defaults());
    assertEquals(List.of("DET", "NOUN", "VERB"), v.tags().tokens());
    TaggingExample e = v.encodeTagged(TRAIN.get(0), true);
    assertArrayEquals(new int[] {0, 1, 2}, e.tagIds());
    assertEquals(3, e.charIds()[0].length);
    assertThrows(IllegalArgumentException.class,
        () -> v.encodeTagged(new TaggedSentence(List.of("a"), List.of("ADJ")), false));
    assertEquals(List.of("VERB", "DET"), v.decodeTags(new int[] {2, 0}));
  }

  @Test
  void digitNormalisationSharesRowsForNumbersButCharactersKeepTheDigits() {
    TaggerConfig config = TaggerConfig.defaults().with(Map.of("normalize_digits", true, "lowercase_words", true));
    List<TaggedSentence> train = List.of(new TaggedSentence(List.of("In", "1984", "x2"), List.of("A", "B", "C")));
    TaggerVocabularies v = TaggerVocabularies.build(train, 1, config);
    assertEquals(v.wordId("1984"), v.wordId("2023"));
    assertEquals(v.wordId("X7"), v.wordId("x2"));
    assertNotEquals(Vocabulary.UNK_ID, v.wordId("2023"));
    assertEquals("in 0000", TaggerVocabularies.lookupForm("In", config) + " " + TaggerVocabularies.lookupForm("1984", config));
    assertNotEquals(v.charIds("1")[0], v.charIds("9")[0]);
  }

  @Test
  void extraWordsGetTheirOwnRowsWithoutDisplacingTrainingWords() {
    TaggerConfig lower = TaggerConfig.defaults().with(Map.of("lowercase_words", true));
    TaggerVocabularies v = TaggerVocabularies.build(TRAIN, 2, lower, List.of("Zebra", "sat", "<unk>", "cat"));
    assertNotEquals(Vocabulary.UNK_ID, v.wordId("zebra"));
    assertNotEquals(Vocabulary.UNK_ID, v.wordId("cat"), "extra words are added whatever min frequency says");
    assertEquals(2, v.words().count(v.wordId("sat")), "training counts are kept");
    assertEquals(1, v.words().count(v.wordId("zebra")));
    assertEquals(Vocabulary.UNK_ID, v.wordId("dog"));
    assertEquals(TaggerVocabularies.build(TRAIN, 2, lower).words().tokens(),
        TaggerVocabularies.build(TRAIN, 2, lower, List.of()).words().tokens());
  }
}
