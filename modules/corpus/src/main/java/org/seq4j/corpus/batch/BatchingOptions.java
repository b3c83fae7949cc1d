package org.seq4j.corpus.batch;

import java.util.Objects;

/**
 * How examples are grouped into batches.
 *
 * <p>Bucketing follows the "pool" scheme of torchtext's BucketIterator and OpenNMT: the
 * (optionally shuffled) examples are cut into consecutive pools of {@code poolSize}; each pool is
 * sorted by length and cut into batches, so a batch holds similar lengths and needs little
 * padding, while the pool boundary keeps randomness between epochs. {@code poolSize} 1 ({@link
 * #NO_BUCKETING}) disables sorting; {@link #WHOLE_CORPUS} sorts everything at once
 * (least padding, least randomness). Batches never span two pools; without bucketing the
 * whole (shuffled) order is one unsorted pool, cut into consecutive batches.
 *
 * @param batchSize sentences or padded tokens per batch
 * @param poolSize examples sorted together; positive
 * @param shuffle whether to shuffle examples before pooling and the batch order afterwards
 * @param seed base seed; epoch {@code k} is planned with {@code seed + k}
 * @param emptyPolicy what to do with zero-length sequences
 */
public record BatchingOptions(
    BatchSize batchSize,
    int poolSize,
    boolean shuffle,
    long seed,
    EmptySequencePolicy emptyPolicy) {

  /** Pool size that disables sorting by length. */
  public static final int NO_BUCKETING = 1;

  /** Pool size that sorts the whole corpus at once. */
  public static final int WHOLE_CORPUS = Integer.MAX_VALUE;

  /**
   * Default pool size in examples: large enough that each pool holds about a hundred batches of
   * typical size (so sorted batches are nearly uniform in length), small enough that epochs
   * differ in which sentences meet.
   */
  public static final int DEFAULT_POOL_SIZE = 4096;

  public BatchingOptions {
    Objects.requireNonNull(batchSize, "batchSize");
    Objects.requireNonNull(emptyPolicy, "emptyPolicy");
    if (poolSize <= 0) {
      throw new IllegalArgumentException("poolSize must be positive, got " + poolSize);
    }
  }

  /** Training defaults: default pool, shuffled, empty sequences kept masked. */
  public static BatchingOptions shuffled(BatchSize batchSize, long seed) {
    return new BatchingOptions(
        batchSize, DEFAULT_POOL_SIZE, true, seed, EmptySequencePolicy.KEEP_MASKED);
  }

  /**
   * Evaluation defaults: no shuffling, whole corpus sorted by length (least padding); the batch
   * carries example indices to restore the input order.
   */
  public static BatchingOptions sorted(BatchSize batchSize) {
    return new BatchingOptions(batchSize, WHOLE_CORPUS, false, 0L, EmptySequencePolicy.KEEP_MASKED);
  }

  public BatchingOptions withPoolSize(int newPoolSize) {
    return new BatchingOptions(batchSize, newPoolSize, shuffle, seed, emptyPolicy);
  }

  public BatchingOptions withShuffle(boolean newShuffle) {
    return new BatchingOptions(batchSize, poolSize, newShuffle, seed, emptyPolicy);
  }

  public BatchingOptions withSeed(long newSeed) {
    return new BatchingOptions(batchSize, poolSize, shuffle, newSeed, emptyPolicy);
  }

  public BatchingOptions withEmptyPolicy(EmptySequencePolicy newPolicy) {
    return new BatchingOptions(batchSize, poolSize, shuffle, seed, newPolicy);
  }
}
