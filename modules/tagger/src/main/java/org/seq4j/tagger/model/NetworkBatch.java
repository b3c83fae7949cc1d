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
 * @param charIds {@code [batch * time, chars]} character ids, or {@code null} without char features
 * @param charMask {@code [batch * time, chars]} 1 for real characters, or {@code null}
 * @param lengths real length of each row
 */
public record NetworkBatch(INDArray wordIds, INDArray tagIds, INDArray mask, INDArray charIds, INDArray charMask,
    int[] lengths) {

  /** Converts a batch; character arrays only when the batch has them and {@code withChars}. */
  public static NetworkBatch of(TaggingBatch batch, boolean withChars, DataType dataType) {
    int rows = batch.size();
    int time = batch.timeSteps();
    INDArray words = Nd4j.createFromArray(batch.tokenIds()).reshape(rows, time);
    INDArray tags = Nd4j.createFromArray(batch.tagIds()).reshape(rows, time);
    INDArray mask = Nd4j.createFromArray(batch.mask()).reshape(rows, time).castTo(dataType);
    INDArray chars = null;
    INDArray charMask = null;
    if (withChars) {
      if (!batch.hasCharIds()) {
        throw new IllegalArgumentException("the model uses character features but the batch has no character ids");
      }
      long words2d = (long) rows * time;
      chars = Nd4j.createFromArray(batch.charIds()).reshape(words2d, batch.charsPerToken());
      charMask = Nd4j.createFromArray(batch.charMask()).reshape(words2d, batch.charsPerToken()).castTo(dataType);
    }
    return new NetworkBatch(words, tags, mask, chars, charMask, batch.lengths().clone());
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
