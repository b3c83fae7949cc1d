package org.seq4j.tagger.model;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.seq4j.corpus.batch.TaggingBatch;

/**
 * A {@link TaggingBatch} as the ND4J arrays {@link TaggerNetwork} reads: batch-major ids and masks.
 * Built fresh per batch (and per inference call), never shared between threads.
 *
 * @param wordIds {@code [batch, time]} word ids (0 at padding)
 * @param tagIds {@code [batch, time]} gold tag ids (0 at padding; meaningless for inference)
 * @param mask {@code [batch, time]} 1 for real tokens
 * @param words the distinct words of the batch and where each position reads its character
 *     features ({@link DistinctWords}), or {@code null} without character features
 * @param lengths real length of each row
 */
public record NetworkBatch(INDArray wordIds, INDArray tagIds, INDArray mask, DistinctWords words, int[] lengths) {

  /** Converts a batch; its distinct words only when the batch has character ids and {@code withChars}. */
  public static NetworkBatch of(TaggingBatch batch, boolean withChars, DataType dataType) {
    return of(batch, withChars, dataType, false);
  }

  /**
   * As {@link #of(TaggingBatch, boolean, DataType)} with the per-token character input ({@link
   * DistinctWords#perPosition}) instead of the distinct words, for tests that compare the two.
   */
  static NetworkBatch perPosition(TaggingBatch batch, DataType dataType) {
    return of(batch, true, dataType, true);
  }

  private static NetworkBatch of(TaggingBatch batch, boolean withChars, DataType dataType, boolean perPosition) {
    int rows = batch.size();
    int time = batch.timeSteps();
    INDArray words = Nd4j.createFromArray(batch.tokenIds()).reshape(rows, time);
    INDArray tags = Nd4j.createFromArray(batch.tagIds()).reshape(rows, time);
    INDArray mask = Nd4j.createFromArray(batch.mask()).reshape(rows, time).castTo(dataType);
    DistinctWords distinct = null;
    if (withChars) {
      if (!batch.hasCharIds()) {
        throw new IllegalArgumentException("the model uses character features but the batch has no character ids");
      }
      distinct = perPosition ? DistinctWords.perPosition(batch) : DistinctWords.of(batch);
    }
    return new NetworkBatch(words, tags, mask, distinct, batch.lengths().clone());
  }

  public int batchSize() {
    return (int) wordIds.size(0);
  }

  public int timeSteps() {
    return (int) wordIds.size(1);
  }

  /** Number of real tokens. */
  public long tokens() {
    long sum = 0;
    for (int length : lengths) {
      sum += length;
    }
    return sum;
  }
}
