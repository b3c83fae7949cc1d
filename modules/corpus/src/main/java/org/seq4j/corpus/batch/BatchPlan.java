package org.seq4j.corpus.batch;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * The outcome of planning one epoch: the example indices of each batch, in the order the batches
 * are to be served, and the examples that were skipped ({@link EmptySequencePolicy#SKIP}).
 *
 * <p>Immutable; accessors return copies. Indices refer to positions in the example list the plan
 * was made for.
 */
public final class BatchPlan {

  private final List<int[]> batches;
  private final int[] skippedExamples;

  BatchPlan(List<int[]> batches, int[] skippedExamples) {
    this.batches = List.copyOf(batches);
    this.skippedExamples = skippedExamples.clone();
  }

  /** Number of batches. */
  public int size() {
    return batches.size();
  }

  /** Example indices of batch {@code index}, in row order. */
  public int[] batch(int index) {
    return batches.get(index).clone();
  }

  /** Example indices of every batch, in serving order. */
  public List<int[]> batches() {
    List<int[]> copy = new ArrayList<>(batches.size());
    for (int[] batch : batches) {
      copy.add(batch.clone());
    }
    return copy;
  }

  /** Examples left out because their sequence was empty, in increasing order. */
  public int[] skippedExamples() {
    return skippedExamples.clone();
  }

  /** Number of examples placed in some batch. */
  public int exampleCount() {
    int count = 0;
    for (int[] batch : batches) {
      count += batch.length;
    }
    return count;
  }

  /** Row count of batch {@code index}, without copying it. */
  public int batchSize(int index) {
    return batches.get(index).length;
  }

  /**
   * Package-private: each batch built from its index array, in serving order. The batchers use it
   * for their {@code batches(plan)}; the builder only reads the indices (they are not copied).
   */
  <B> List<B> build(Function<int[], B> builder) {
    List<B> built = new ArrayList<>(batches.size());
    for (int[] batch : batches) {
      built.add(builder.apply(batch));
    }
    return built;
  }

  /** Package-private: the batch's index array itself, for batchers that only read it. */
  int[] batchView(int index) {
    return batches.get(index);
  }

  @Override
  public String toString() {
    return "BatchPlan[batches=" + batches.size() + ", examples=" + exampleCount()
        + ", skipped=" + Arrays.toString(skippedExamples) + "]";
  }
}
