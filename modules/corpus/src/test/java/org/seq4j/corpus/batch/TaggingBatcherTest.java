package org.seq4j.corpus.batch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TaggingBatcherTest {

  private static final List<TaggingExample> EXAMPLES =
      List.of(
          new TaggingExample(new int[] {5, 6, 7}, new int[] {1, 2, 3}),
          new TaggingExample(new int[] {8}, new int[] {4}),
          new TaggingExample(new int[0], new int[0]));

  @Test
  void padsShorterRowsWithPadIdAndMaskZero() {
    TaggingBatch batch = new TaggingBatcher(EXAMPLES).batch(new int[] {1, 0});

    assertEquals(2, batch.size());
    assertEquals(3, batch.timeSteps());
    assertArrayEquals(new int[] {1, 0}, batch.exampleIndices());
    assertArrayEquals(new int[] {1, 3}, batch.lengths());
    assertArrayEquals(new int[] {8, Padding.PAD_ID, Padding.PAD_ID, 5, 6, 7}, batch.tokenIds());
    assertArrayEquals(new int[] {4, Padding.PAD_ID, Padding.PAD_ID, 1, 2, 3}, batch.tagIds());
    assertArrayEquals(new float[] {1, 0, 0, 1, 1, 1}, batch.mask());
    assertEquals(7, batch.tokenId(1, 2));
    assertEquals(3, batch.tagId(1, 2));
    assertEquals(0f, batch.mask(0, 1));
    assertFalse(batch.hasCharIds());
    assertNull(batch.charIds());
    assertEquals(4, batch.realTokens());
    assertEquals(6, batch.paddedSlots());
  }

  @Test
  void emptySentenceIsOneFullyMaskedStep() {
    TaggingBatch alone = new TaggingBatcher(EXAMPLES).batch(new int[] {2});
    assertEquals(1, alone.timeSteps());
    assertArrayEquals(new int[] {0}, alone.lengths());
    assertArrayEquals(new int[] {Padding.PAD_ID}, alone.tokenIds());
    assertArrayEquals(new float[] {0}, alone.mask());
    assertEquals(0, alone.realTokens());

    TaggingBatch mixed = new TaggingBatcher(EXAMPLES).batch(new int[] {2, 1});
    assertArrayEquals(new float[] {0, 1}, mixed.mask());
  }

  @Test
  void characterIdsArePaddedPerTokenAndPerSentence() {
    List<TaggingExample> examples =
        List.of(
            new TaggingExample(new int[] {5, 6}, new int[] {1, 1},
                new int[][] {{10, 11, 12}, {13}}),
            new TaggingExample(new int[] {7}, new int[] {2}, new int[][] {{14, 15}}));
    TaggingBatch batch = new TaggingBatcher(examples).batch(new int[] {0, 1});

    assertTrue(batch.hasCharIds());
    assertEquals(3, batch.charsPerToken());
    assertArrayEquals(
        new int[] {10, 11, 12, 13, 0, 0, 14, 15, 0, 0, 0, 0}, batch.charIds());
    assertArrayEquals(
        new float[] {1, 1, 1, 1, 0, 0, 1, 1, 0, 0, 0, 0}, batch.charMask());
    assertEquals(15, batch.charId(1, 0, 1));
  }

  @Test
  void mixingExamplesWithAndWithoutCharactersIsRejected() {
    List<TaggingExample> examples =
        List.of(
            new TaggingExample(new int[] {5}, new int[] {1}, new int[][] {{10}}),
            new TaggingExample(new int[] {7}, new int[] {2}));
    assertThrows(IllegalArgumentException.class, () -> new TaggingBatcher(examples));
  }

  @Test
  void mismatchedTokenAndTagLengthsAreRejected() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new TaggingExample(new int[] {1, 2}, new int[] {1}));
  }

  @Test
  void batchingDoesNotModifyExamplesOrIndices() {
    int[] tokens = {5, 6};
    TaggingExample example = new TaggingExample(tokens, new int[] {1, 2});
    tokens[0] = 99; // the example copied its input
    assertArrayEquals(new int[] {5, 6}, example.tokenIds());

    int[] indices = {0};
    TaggingBatch batch = new TaggingBatcher(List.of(example)).batch(indices);
    batch.exampleIndices()[0] = 42;
    assertArrayEquals(new int[] {0}, indices);
  }

  @Test
  void paddingStatsFromLengthsMatchTheBuiltBatches() {
    TaggingBatcher batcher = new TaggingBatcher(EXAMPLES);
    BatchPlan plan =
        new BatchPlanner(BatchingOptions.shuffled(BatchSize.sentences(2), 3))
            .plan(batcher.lengths(), 3);
    PaddingStats fromLengths = batcher.paddingStats(plan);
    PaddingStats fromBatches = PaddingStats.of(batcher.batches(plan));
    assertEquals(fromBatches, fromLengths);
    assertEquals(4, fromLengths.realTokens());
  }
}
