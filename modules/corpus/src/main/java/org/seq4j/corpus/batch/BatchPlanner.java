package org.seq4j.corpus.batch;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Groups examples into batches: seeded shuffle, length bucketing within pools, sentence or token
 * budgets, seeded shuffle of the batch order (see {@link BatchingOptions} for the scheme).
 *
 * <p>Deterministic: the same lengths, options and seed give identical batches in identical order.
 * One {@link SplittableRandom} per plan is split into two independent streams, one for the example
 * order and one for the batch order, so changing how many batches a pool yields does not shift
 * the example shuffle. Sorting is stable, so examples of equal length keep their shuffled order
 * and different seeds give different batches even when the whole corpus is sorted.
 *
 * <p>Stateless and thread-safe; it never modifies its inputs.
 */
public final class BatchPlanner {

  private final BatchingOptions options;

  public BatchPlanner(BatchingOptions options) {
    this.options = options;
  }

  public BatchingOptions options() {
    return options;
  }

  /** Plans epoch {@code epoch} (0-based) with seed {@code options.seed() + epoch}. */
  public BatchPlan planEpoch(SequenceLengths lengths, int epoch) {
    return plan(lengths, options.seed() + epoch);
  }

  /** Plans one pass over all examples with an explicit seed. */
  public BatchPlan plan(SequenceLengths lengths, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    SplittableRandom exampleRandom = random.split();
    SplittableRandom batchRandom = random.split();

    int[] skipped = selectSkipped(lengths);
    int[] order = keptExamples(lengths, skipped.length);
    if (options.shuffle()) {
      shuffle(order, exampleRandom);
    }
    List<int[]> batches = new ArrayList<>();
    boolean bucketing = options.poolSize() > BatchingOptions.NO_BUCKETING;
    int poolSize = bucketing ? options.poolSize() : order.length;
    int start = 0;
    while (start < order.length) {
      int end = start + Math.min(poolSize, order.length - start);
      int[] pool = Arrays.copyOfRange(order, start, end);
      if (bucketing) {
        sortByLength(pool, lengths);
      }
      cutIntoBatches(pool, lengths, batches);
      start = end;
    }
    if (options.shuffle()) {
      shuffle(batches, batchRandom);
    }
    return new BatchPlan(batches, skipped);
  }

  private int[] selectSkipped(SequenceLengths lengths) {
    if (options.emptyPolicy() != EmptySequencePolicy.SKIP) {
      return new int[0];
    }
    int[] skipped = new int[lengths.size()];
    int count = 0;
    for (int i = 0; i < lengths.size(); i++) {
      if (lengths.isEmpty(i)) {
        skipped[count++] = i;
      }
    }
    return Arrays.copyOf(skipped, count);
  }

  private int[] keptExamples(SequenceLengths lengths, int skippedCount) {
    boolean skipEmpty = options.emptyPolicy() == EmptySequencePolicy.SKIP;
    int[] kept = new int[lengths.size() - skippedCount];
    int count = 0;
    for (int i = 0; i < lengths.size(); i++) {
      if (!(skipEmpty && lengths.isEmpty(i))) {
        kept[count++] = i;
      }
    }
    return kept;
  }

  /** Stable sort by padded length, then tie-break length. */
  private static void sortByLength(int[] pool, SequenceLengths lengths) {
    Integer[] boxed = new Integer[pool.length];
    for (int i = 0; i < pool.length; i++) {
      boxed[i] = pool[i];
    }
    Arrays.sort(
        boxed,
        Comparator.<Integer>comparingInt(lengths::paddedLength)
            .thenComparingInt(lengths::tieBreakLength));
    for (int i = 0; i < pool.length; i++) {
      pool[i] = boxed[i];
    }
  }

  private void cutIntoBatches(int[] pool, SequenceLengths lengths, List<int[]> batches) {
    BatchSize size = options.batchSize();
    if (size.unit() == BatchSize.Unit.SENTENCES) {
      for (int start = 0; start < pool.length; start += size.limit()) {
        batches.add(Arrays.copyOfRange(pool, start, Math.min(pool.length, start + size.limit())));
      }
      return;
    }
    long budget = size.limit();
    int start = 0;
    int maxLength = 0;
    for (int i = 0; i < pool.length; i++) {
      int length = lengths.paddedLength(pool[i]);
      int grownMax = Math.max(maxLength, length);
      int rows = i - start;
      if (rows > 0 && (long) (rows + 1) * grownMax > budget) {
        batches.add(Arrays.copyOfRange(pool, start, i));
        start = i;
        maxLength = length;
      } else {
        maxLength = grownMax;
      }
    }
    if (start < pool.length) {
      batches.add(Arrays.copyOfRange(pool, start, pool.length));
    }
  }

  private static void shuffle(int[] values, SplittableRandom random) {
    for (int i = values.length - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int swap = values[i];
      values[i] = values[j];
      values[j] = swap;
    }
  }

  private static <T> void shuffle(List<T> values, SplittableRandom random) {
    for (int i = values.size() - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      values.set(i, values.set(j, values.get(i)));
    }
  }
}
