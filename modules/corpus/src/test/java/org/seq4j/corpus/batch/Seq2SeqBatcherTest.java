package org.seq4j.corpus.batch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class Seq2SeqBatcherTest {

  private static final int BOS = 2;
  private static final int EOS = 3;

  private static final List<Seq2SeqExample> EXAMPLES =
      List.of(
          new Seq2SeqExample(new int[] {10, 11, 12}, new int[] {20, 21}),
          new Seq2SeqExample(new int[] {13}, new int[] {22, 23, 24}),
          new Seq2SeqExample(new int[0], new int[0]));

  @Test
  void targetIsShiftedIntoDecoderInputAndLabels() {
    Seq2SeqBatch batch = new Seq2SeqBatcher(EXAMPLES, BOS, EOS).batch(new int[] {0, 1});

    assertEquals(3, batch.sourceTimeSteps());
    assertArrayEquals(new int[] {10, 11, 12, 13, 0, 0}, batch.sourceIds());
    assertArrayEquals(new float[] {1, 1, 1, 1, 0, 0}, batch.sourceMask());
    assertArrayEquals(new int[] {3, 1}, batch.sourceLengths());

    assertEquals(4, batch.decoderTimeSteps());
    assertArrayEquals(new int[] {3, 4}, batch.decoderLengths());
    assertArrayEquals(new int[] {BOS, 20, 21, 0, BOS, 22, 23, 24}, batch.decoderInputIds());
    assertArrayEquals(new int[] {20, 21, EOS, 0, 22, 23, 24, EOS}, batch.labelIds());
    assertArrayEquals(new float[] {1, 1, 1, 0, 1, 1, 1, 1}, batch.decoderMask());
  }

  @Test
  void everyLabelIsTheNextDecoderInput() {
    Seq2SeqBatch batch = new Seq2SeqBatcher(EXAMPLES, BOS, EOS).batch(new int[] {1, 0});
    for (int r = 0; r < batch.size(); r++) {
      int length = batch.decoderLengths()[r];
      assertEquals(BOS, batch.decoderInputId(r, 0));
      for (int t = 0; t + 1 < length; t++) {
        assertEquals(batch.labelId(r, t), batch.decoderInputId(r, t + 1));
      }
      assertEquals(EOS, batch.labelId(r, length - 1));
    }
  }

  @Test
  void emptyPairKeepsAMaskedSourceStepAndBosEos() {
    Seq2SeqBatch batch = new Seq2SeqBatcher(EXAMPLES, BOS, EOS).batch(new int[] {2});
    assertEquals(1, batch.sourceTimeSteps());
    assertArrayEquals(new float[] {0}, batch.sourceMask());
    assertArrayEquals(new int[] {BOS}, batch.decoderInputIds());
    assertArrayEquals(new int[] {EOS}, batch.labelIds());
    assertArrayEquals(new float[] {1}, batch.decoderMask());
    assertEquals(1, batch.realTokens());
    assertEquals(2, batch.paddedSlots());
  }

  @Test
  void emptyPairsAreSkippedWhenRequested() {
    Seq2SeqBatcher batcher = new Seq2SeqBatcher(EXAMPLES, BOS, EOS);
    BatchPlan plan =
        new BatchPlanner(BatchingOptions.shuffled(BatchSize.sentences(8), 1)
                .withEmptyPolicy(EmptySequencePolicy.SKIP))
            .plan(batcher.lengths(), 1);
    assertArrayEquals(new int[] {2}, plan.skippedExamples());
    assertEquals(2, plan.exampleCount());
  }

  @Test
  void specialIdsMustDifferFromPadding() {
    assertThrows(
        IllegalArgumentException.class, () -> new Seq2SeqBatcher(EXAMPLES, Padding.PAD_ID, EOS));
    assertThrows(
        IllegalArgumentException.class, () -> new Seq2SeqBatcher(EXAMPLES, BOS, Padding.PAD_ID));
  }

  @Test
  void tokenBudgetCountsTheLongerOfSourceAndDecoder() {
    // Example 1 needs max(1, 3 + 1) = 4 steps; example 0 needs max(3, 2 + 1) = 3.
    SequenceLengths lengths = new Seq2SeqBatcher(EXAMPLES, BOS, EOS).lengths();
    assertArrayEquals(new int[] {3, 4, 1}, lengths.paddedLengths());
  }

  @Test
  void paddingStatsFromLengthsMatchTheBuiltBatches() {
    Seq2SeqBatcher batcher = new Seq2SeqBatcher(EXAMPLES, BOS, EOS);
    BatchPlan plan =
        new BatchPlanner(BatchingOptions.shuffled(BatchSize.sentences(2), 5))
            .plan(batcher.lengths(), 5);
    assertEquals(PaddingStats.of(batcher.batches(plan)), batcher.paddingStats(plan));
  }
}
