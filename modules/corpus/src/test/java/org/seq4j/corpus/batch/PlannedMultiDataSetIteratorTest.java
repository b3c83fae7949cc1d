package org.seq4j.corpus.batch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.dataset.api.MultiDataSet;

class PlannedMultiDataSetIteratorTest {

  private static final int NUM_TAGS = 4;
  private static final int VOCAB = 50;
  private static final long SEED = 11;

  private static List<TaggingExample> randomExamples(int count) {
    SplittableRandom random = new SplittableRandom(1);
    List<TaggingExample> examples = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      int length = random.nextInt(12);
      int[] tokens = new int[length];
      int[] tags = new int[length];
      for (int t = 0; t < length; t++) {
        tokens[t] = 1 + random.nextInt(VOCAB - 1);
        tags[t] = random.nextInt(NUM_TAGS);
      }
      examples.add(new TaggingExample(tokens, tags));
    }
    return examples;
  }

  /** First token id of every row of every batch, as a fingerprint of an epoch. */
  private static List<float[]> drain(PlannedMultiDataSetIterator iterator) {
    List<float[]> epoch = new ArrayList<>();
    while (iterator.hasNext()) {
      MultiDataSet batch = iterator.next();
      epoch.add(batch.getFeatures(0).dup().reshape(batch.getFeatures(0).length()).toFloatVector());
    }
    return epoch;
  }

  private static void assertSameEpoch(List<float[]> expected, List<float[]> actual) {
    assertEquals(expected.size(), actual.size());
    for (int i = 0; i < expected.size(); i++) {
      assertArrayEquals(expected.get(i), actual.get(i));
    }
  }

  private static PlannedMultiDataSetIterator iterator(List<TaggingExample> examples) {
    return PlannedMultiDataSetIterator.forTagging(
        examples, BatchingOptions.shuffled(BatchSize.sentences(8), SEED),
        TensorFormat.sparse(NUM_TAGS));
  }

  @Test
  void servesEveryExampleOncePerEpoch() {
    List<TaggingExample> examples = randomExamples(100);
    PlannedMultiDataSetIterator iterator = iterator(examples);
    int rows = 0;
    long maskedTokens = 0;
    while (iterator.hasNext()) {
      MultiDataSet batch = iterator.next();
      rows += batch.getFeatures(0).size(0);
      maskedTokens += batch.getFeaturesMaskArray(0).sumNumber().longValue();
    }
    assertEquals(100, rows);
    assertEquals(examples.stream().mapToInt(TaggingExample::length).sum(), maskedTokens);
    assertThrows(NoSuchElementException.class, iterator::next);
  }

  @Test
  void resetMovesToTheNextEpochWhichIsPlannedWithSeedPlusEpoch() {
    List<TaggingExample> examples = randomExamples(100);
    PlannedMultiDataSetIterator iterator = iterator(examples);
    List<float[]> epoch0 = drain(iterator);
    iterator.reset();
    assertEquals(1, iterator.epoch());
    List<float[]> epoch1 = drain(iterator);

    PlannedMultiDataSetIterator fresh = iterator(examples);
    fresh.setEpoch(1);
    assertSameEpoch(epoch1, drain(fresh));
    fresh.setEpoch(0);
    assertSameEpoch(epoch0, drain(fresh));

    boolean differ = epoch0.size() != epoch1.size();
    for (int i = 0; !differ && i < epoch0.size(); i++) {
      differ = !java.util.Arrays.equals(epoch0.get(i), epoch1.get(i));
    }
    assertTrue(differ, "epoch 1 repeated epoch 0");
  }

  @Test
  void resetBeforeAnyBatchKeepsTheEpoch() {
    PlannedMultiDataSetIterator iterator = iterator(randomExamples(30));
    iterator.reset();
    assertEquals(0, iterator.epoch());
    iterator.next();
    iterator.reset();
    assertEquals(1, iterator.epoch());
    assertTrue(iterator.hasNext());
  }

  @Test
  void preProcessorIsAppliedAndNextWithCountIsUnsupported() {
    PlannedMultiDataSetIterator iterator = iterator(randomExamples(10));
    int[] calls = {0};
    iterator.setPreProcessor(data -> calls[0]++);
    iterator.next();
    assertEquals(1, calls[0]);
    assertTrue(iterator.resetSupported());
    assertThrows(UnsupportedOperationException.class, () -> iterator.next(4));
  }

  @Test
  void seq2seqIteratorYieldsTwoInputs() {
    List<Seq2SeqExample> pairs =
        List.of(
            new Seq2SeqExample(new int[] {5, 6}, new int[] {7}),
            new Seq2SeqExample(new int[] {8}, new int[] {9, 10}));
    PlannedMultiDataSetIterator iterator =
        PlannedMultiDataSetIterator.forSeq2Seq(
            pairs, BatchingOptions.sorted(BatchSize.tokens(100)), 2, 3, TensorFormat.sparse(20));
    MultiDataSet batch = iterator.next();
    assertEquals(2, batch.getFeatures().length);
    assertEquals(2, batch.getFeatures(0).size(0));
    assertFalse(iterator.hasNext());
  }
}
