package org.seq4j.corpus.vocab;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class VocabularyTest {

  private static VocabularyBuilder counts() {
    return new VocabularyBuilder()
        .addSequences(
            List.of(
                List.of("the", "cat", "sat", "on", "the", "mat"),
                List.of("the", "dog", "sat"),
                List.of("a", "cat", "<unk>")));
  }

  @Test
  void specialsComeFirstThenByCountDescendingThenToken() {
    Vocabulary vocabulary = counts().build(1, VocabularyBuilder.UNLIMITED, VocabularyBuilder.ALL_SPECIALS);
    assertEquals(
        List.of("<pad>", "<unk>", "<s>", "</s>", "the", "cat", "sat", "a", "dog", "mat", "on"),
        vocabulary.tokens());
    assertEquals(Vocabulary.PAD_ID, vocabulary.padId());
    assertEquals(Vocabulary.UNK_ID, vocabulary.unkId());
    assertEquals(Vocabulary.BOS_ID, vocabulary.bosId());
    assertEquals(Vocabulary.EOS_ID, vocabulary.eosId());
    assertEquals(3, vocabulary.count(vocabulary.id("the")));
    assertEquals(0, vocabulary.count(vocabulary.padId()));
  }

  @Test
  void minimumFrequencyAndMaximumSizeCutTheRareTokens() {
    Vocabulary frequent = counts().build(2, VocabularyBuilder.UNLIMITED, VocabularyBuilder.PAD_AND_UNK);
    assertEquals(List.of("<pad>", "<unk>", "the", "cat", "sat"), frequent.tokens());
    Vocabulary small = counts().build(1, 2, VocabularyBuilder.PAD_AND_UNK);
    assertEquals(List.of("<pad>", "<unk>", "the", "cat"), small.tokens());
  }

  @Test
  void tagVocabularyHasPadOnly() {
    Vocabulary tags =
        new VocabularyBuilder()
            .addAll(List.of("NOUN", "VERB", "NOUN"))
            .build(1, VocabularyBuilder.UNLIMITED, VocabularyBuilder.PAD_ONLY);
    assertEquals(List.of("<pad>", "NOUN", "VERB"), tags.tokens());
    assertEquals(Set.of(SpecialToken.PAD), tags.specials());
    assertFalse(tags.has(SpecialToken.UNK));
    assertThrows(IllegalStateException.class, tags::unkId);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> tags.encode(List.of("ADJ")));
    assertTrue(e.getMessage().contains("'ADJ'"), e.getMessage());
  }

  @Test
  void encodesWithUnknownsAndFramingAndDecodesBack() {
    Vocabulary vocabulary = counts().build(1, VocabularyBuilder.UNLIMITED, VocabularyBuilder.ALL_SPECIALS);
    int[] ids = vocabulary.encode(List.of("the", "zebra", "sat"), true, true);
    assertArrayEquals(
        new int[] {
          Vocabulary.BOS_ID, vocabulary.id("the"), Vocabulary.UNK_ID, vocabulary.id("sat"), Vocabulary.EOS_ID
        },
        ids);
    assertEquals(List.of("<s>", "the", "<unk>", "sat", "</s>"), vocabulary.decode(ids));
    int[] output = {vocabulary.id("cat"), Vocabulary.UNK_ID, Vocabulary.EOS_ID, vocabulary.id("dog"), Vocabulary.PAD_ID};
    assertEquals(List.of("cat", "<unk>"), vocabulary.decodeOutput(output));
    assertEquals(Vocabulary.NOT_FOUND, vocabulary.id("zebra"));
  }

  @Test
  void buildIsDeterministicRegardlessOfInsertionOrder() {
    Vocabulary one = new VocabularyBuilder().addAll(List.of("b", "a", "c", "a", "b")).build(1, VocabularyBuilder.UNLIMITED, Set.of());
    Vocabulary two = new VocabularyBuilder().addAll(List.of("a", "b", "b", "c", "a")).build(1, VocabularyBuilder.UNLIMITED, Set.of());
    assertEquals(List.of("a", "b", "c"), one.tokens());
    assertEquals(one.tokens(), two.tokens());
  }

  @Test
  void reservedStringsInTheDataAreNotCountedAsTokens() {
    VocabularyBuilder builder = new VocabularyBuilder().addAll(List.of("<s>", "x", "</s>"));
    assertEquals(0, builder.count("<s>"));
    assertEquals(List.of("x"), builder.build(1, VocabularyBuilder.UNLIMITED, Set.of()).tokens());
  }

  @Test
  void rejectsBadArguments() {
    VocabularyBuilder builder = counts();
    assertThrows(IllegalArgumentException.class, () -> builder.build(0, 1, Set.of()));
    assertThrows(IllegalArgumentException.class, () -> builder.build(1, -1, Set.of()));
    assertThrows(IllegalArgumentException.class, () -> builder.add(""));
  }
}
