package org.seq4j.tagger.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.seq4j.corpus.batch.TaggingBatch;
import org.seq4j.corpus.batch.TaggingBatcher;
import org.seq4j.corpus.batch.TaggingExample;

class WordDropoutTest {

  private static final int PAD = 0;
  private static final int UNK = 1;
  private static final int VOCABULARY = 4;
  private static final double ALPHA = 0.25;
  /** Word 2 occurs once and word 3 nine times in {@link #EXAMPLES}; UNK occurs too and is never dropped. */
  private static final List<TaggingExample> EXAMPLES = List.of(
      example(2, 3, 3, 3), example(3, 3, 3, UNK), example(3, 3, 3));

  private static TaggingExample example(int... ids) {
    return new TaggingExample(ids, new int[ids.length], null);
  }

  @Test
  void dropProbabilityIsAlphaOverAlphaPlusFrequency() {
    WordDropout dropout = new WordDropout(ALPHA, EXAMPLES, VOCABULARY, UNK, PAD, 1L);
    assertEquals(ALPHA / (ALPHA + 1), dropout.probability(2), 1e-12);
    assertEquals(ALPHA / (ALPHA + 9), dropout.probability(3), 1e-12);
    assertEquals(0.0, dropout.probability(UNK));
    assertEquals(0.0, dropout.probability(PAD));
    assertTrue(dropout.active());
    assertFalse(new WordDropout(0.0, EXAMPLES, VOCABULARY, UNK, PAD, 1L).active());
  }

  @Test
  void replacesWordsAtTheExpectedRateDeterministicallyAndKeepsEverythingElse() {
    List<TaggingExample> many = new ArrayList<>();
    int[] rare = new int[100];
    Arrays.fill(rare, 2);
    for (int i = 0; i < 50; i++) {
      many.add(example(rare));
    }
    // Word 2 occurs 5000 times here: use the frequencies of EXAMPLES (once) to get a high rate.
    WordDropout dropout = new WordDropout(ALPHA, EXAMPLES, VOCABULARY, UNK, PAD, 7L);
    TaggingBatcher batcher = new TaggingBatcher(many);
    int[] rows = new int[many.size()];
    Arrays.setAll(rows, i -> i);
    TaggingBatch batch = batcher.batch(rows);
    int[] before = batch.tokenIds().clone();

    TaggingBatch dropped = dropout.apply(batch, 3, 5);
    long unknown = Arrays.stream(dropped.tokenIds()).filter(id -> id == UNK).count();
    double rate = (double) unknown / dropped.tokenIds().length;
    assertEquals(ALPHA / (ALPHA + 1), rate, 0.02, "observed drop rate");
    assertTrue(Arrays.stream(dropped.tokenIds()).allMatch(id -> id == 2 || id == UNK));
    assertArrayEquals(before, batch.tokenIds(), "the input batch is not modified");
    assertSame(batch.tagIds(), dropped.tagIds());

    assertArrayEquals(dropped.tokenIds(), dropout.apply(batch, 3, 5).tokenIds(), "same epoch and batch, same draws");
    assertNotEquals(Arrays.toString(dropped.tokenIds()), Arrays.toString(dropout.apply(batch, 4, 5).tokenIds()));
  }
}
