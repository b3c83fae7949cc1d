package org.seq4j.corpus.batch;

/** What every padded batch reports: its rows, where they came from, and how much is padding. */
public interface PaddedBatch {

  /** Number of rows (examples). */
  int size();

  /** Row {@code r} holds example {@code exampleIndices()[r]} of the batcher's example list. */
  int[] exampleIndices();

  /** Positions holding real tokens (mask 1), summed over all sequences of the batch. */
  long realTokens();

  /** Positions allocated, real plus padding, summed over all sequences of the batch. */
  long paddedSlots();
}
