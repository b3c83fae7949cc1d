package org.seq4j.corpus.batch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class BatchPlannerTest {

  private static final int CORPUS_SIZE = 1000;
  private static final int MAX_LENGTH = 60;

  private static int[] randomLengths(int count, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int[] lengths = new int[count];
    for (int i = 0; i < count; i++) {
      lengths[i] = 1 + random.nextInt(MAX_LENGTH);
    }
    return lengths;
  }

  private static int[] allIndicesSorted(BatchPlan plan) {
    return plan.batches().stream().flatMapToInt(Arrays::stream).sorted().toArray();
  }

  private static double efficiency(BatchPlan plan, int[] lengths) {
    long real = 0;
    long padded = 0;
    for (int[] batch : plan.batches()) {
      int max = 1;
      for (int example : batch) {
        real += lengths[example];
        max = Math.max(max, lengths[example]);
      }
      padded += (long) max * batch.length;
    }
    return (double) real / padded;
  }

  @Test
  void sentenceBatchesCoverEveryExampleOnceAndRespectTheSize() {
    int[] lengths = randomLengths(CORPUS_SIZE, 1);
    BatchPlan plan =
        new BatchPlanner(BatchingOptions.shuffled(BatchSize.sentences(32), 7))
            .plan(SequenceLengths.of(lengths), 7);

    int[] expected = java.util.stream.IntStream.range(0, CORPUS_SIZE).toArray();
    assertArrayEquals(expected, allIndicesSorted(plan));
    for (int[] batch : plan.batches()) {
      assertTrue(batch.length >= 1 && batch.length <= 32, "batch of " + batch.length);
    }
    assertEquals(CORPUS_SIZE, plan.exampleCount());
  }

  @Test
  void bucketingReducesPaddingComparedWithUnsortedBatches() {
    int[] lengths = randomLengths(CORPUS_SIZE, 2);
    SequenceLengths sequenceLengths = SequenceLengths.of(lengths);
    BatchingOptions base = BatchingOptions.shuffled(BatchSize.sentences(16), 3);

    double unsorted =
        efficiency(new BatchPlanner(base.withPoolSize(BatchingOptions.NO_BUCKETING))
            .plan(sequenceLengths, 3), lengths);
    double pooled = efficiency(new BatchPlanner(base.withPoolSize(320)).plan(sequenceLengths, 3),
        lengths);
    double whole = efficiency(
        new BatchPlanner(base.withPoolSize(BatchingOptions.WHOLE_CORPUS)).plan(sequenceLengths, 3),
        lengths);

    // Uniform lengths 1..60 in batches of 16: unsorted batches pad to near the maximum
    // (efficiency about 0.55); sorted pools of 320 leave only a few tokens of padding per batch.
    assertTrue(unsorted < 0.7, "unsorted efficiency " + unsorted);
    assertTrue(pooled > 0.9, "pooled efficiency " + pooled);
    assertTrue(whole >= pooled, "whole-corpus " + whole + " vs pooled " + pooled);
  }

  @Test
  void tokenBudgetIsNeverExceededExceptByASingleOverlongSentence() {
    int budget = 200;
    int[] lengths = randomLengths(CORPUS_SIZE, 4);
    lengths[17] = 250; // longer than the whole budget
    lengths[400] = 201;
    BatchPlan plan =
        new BatchPlanner(BatchingOptions.shuffled(BatchSize.tokens(budget), 5))
            .plan(SequenceLengths.of(lengths), 5);

    int overBudget = 0;
    for (int[] batch : plan.batches()) {
      int max = Arrays.stream(batch).map(i -> lengths[i]).max().orElseThrow();
      if ((long) max * batch.length > budget) {
        overBudget++;
        assertEquals(1, batch.length, "only a lone over-long sentence may exceed the budget");
        assertTrue(batch[0] == 17 || batch[0] == 400);
      }
    }
    assertEquals(2, overBudget);
    assertEquals(CORPUS_SIZE, allIndicesSorted(plan).length);
  }

  @Test
  void tokenBudgetBatchesAreFilledGreedily() {
    // All length 10 with budget 35: three per batch (30 slots), a fourth would need 40.
    int[] lengths = new int[9];
    Arrays.fill(lengths, 10);
    BatchPlan plan =
        new BatchPlanner(BatchingOptions.sorted(BatchSize.tokens(35)))
            .plan(SequenceLengths.of(lengths), 0);
    assertEquals(3, plan.size());
    for (int[] batch : plan.batches()) {
      assertEquals(3, batch.length);
    }
  }

  @Test
  void sameSeedGivesIdenticalBatchesAndDifferentSeedsDiffer() {
    SequenceLengths lengths = SequenceLengths.of(randomLengths(CORPUS_SIZE, 5));
    BatchPlanner planner = new BatchPlanner(BatchingOptions.shuffled(BatchSize.sentences(20), 0));

    List<int[]> first = planner.plan(lengths, 42).batches();
    List<int[]> again = planner.plan(lengths, 42).batches();
    List<int[]> other = planner.plan(lengths, 43).batches();

    assertEquals(first.size(), again.size());
    for (int i = 0; i < first.size(); i++) {
      assertArrayEquals(first.get(i), again.get(i));
    }
    boolean anyDifferent = first.size() != other.size();
    for (int i = 0; !anyDifferent && i < first.size(); i++) {
      anyDifferent = !Arrays.equals(first.get(i), other.get(i));
    }
    assertTrue(anyDifferent, "seed 43 produced exactly the batches of seed 42");
  }

  @Test
  void planEpochUsesSeedPlusEpoch() {
    SequenceLengths lengths = SequenceLengths.of(randomLengths(200, 6));
    BatchPlanner planner = new BatchPlanner(BatchingOptions.shuffled(BatchSize.sentences(8), 100));
    List<int[]> epoch3 = planner.planEpoch(lengths, 3).batches();
    List<int[]> seed103 = planner.plan(lengths, 103).batches();
    assertEquals(epoch3.size(), seed103.size());
    for (int i = 0; i < epoch3.size(); i++) {
      assertArrayEquals(epoch3.get(i), seed103.get(i));
    }
  }

  @Test
  void withoutShuffleOrBucketingTheInputOrderIsKept() {
    int[] lengths = {5, 1, 3, 2, 4};
    BatchingOptions options =
        BatchingOptions.sorted(BatchSize.sentences(2)).withPoolSize(BatchingOptions.NO_BUCKETING);
    List<int[]> batches = new BatchPlanner(options).plan(SequenceLengths.of(lengths), 9).batches();
    assertArrayEquals(new int[] {0, 1}, batches.get(0));
    assertArrayEquals(new int[] {2, 3}, batches.get(1));
    assertArrayEquals(new int[] {4}, batches.get(2));
  }

  @Test
  void sortedPlanWithoutShuffleOrdersByLength() {
    int[] lengths = {5, 1, 3, 2, 4};
    List<int[]> batches =
        new BatchPlanner(BatchingOptions.sorted(BatchSize.sentences(2)))
            .plan(SequenceLengths.of(lengths), 0)
            .batches();
    assertArrayEquals(new int[] {1, 3}, batches.get(0));
    assertArrayEquals(new int[] {2, 4}, batches.get(1));
    assertArrayEquals(new int[] {0}, batches.get(2));
  }

  @Test
  void emptySequencesAreKeptByDefaultAndSkippedOnRequest() {
    int[] lengths = {3, 0, 2, 0, 1};
    SequenceLengths sequenceLengths = SequenceLengths.of(lengths);
    BatchingOptions keep = BatchingOptions.shuffled(BatchSize.sentences(2), 1);

    BatchPlan kept = new BatchPlanner(keep).plan(sequenceLengths, 1);
    assertEquals(5, kept.exampleCount());
    assertEquals(0, kept.skippedExamples().length);

    BatchPlan skipped =
        new BatchPlanner(keep.withEmptyPolicy(EmptySequencePolicy.SKIP)).plan(sequenceLengths, 1);
    assertArrayEquals(new int[] {1, 3}, skipped.skippedExamples());
    assertArrayEquals(new int[] {0, 2, 4}, allIndicesSorted(skipped));
  }

  @Test
  void emptyCorpusGivesAnEmptyPlan() {
    BatchPlan plan =
        new BatchPlanner(BatchingOptions.shuffled(BatchSize.tokens(100), 1))
            .plan(SequenceLengths.of(new int[0]), 1);
    assertEquals(0, plan.size());
  }

  @Test
  void planningDoesNotModifyItsInput() {
    int[] lengths = randomLengths(100, 8);
    int[] before = lengths.clone();
    SequenceLengths sequenceLengths = SequenceLengths.of(lengths);
    new BatchPlanner(BatchingOptions.shuffled(BatchSize.sentences(7), 1)).plan(sequenceLengths, 1);
    assertArrayEquals(before, lengths);
    assertArrayEquals(before, sequenceLengths.tieBreakLengths());
    assertFalse(sequenceLengths.empty()[0]);
  }
}
