package org.seq4j.seq2seq.model;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The encoder states attention reads, prepared once per batch: {@code keys [batch, source, hidden]}
 * (batch-major, so scores are one batched matmul per call) and an additive mask {@code [batch,
 * source]} that is 0 at real positions and {@link #MASKED_SCORE} at padding. A large finite value
 * rather than minus infinity keeps an all-padding row (empty source) finite: its weights become
 * uniform over zero keys, so its context is zero.
 *
 * @param keys encoder outputs, {@code [batch, source, hidden]}, C order; never written
 * @param maskBias {@code [batch, source]}; never written
 */
public record AttentionMemory(INDArray keys, INDArray maskBias) {

  /** Added to the scores of padded source positions. */
  public static final double MASKED_SCORE = -1e9;

  /** From time-major encoder outputs {@code [source, batch, hidden]} and a mask {@code [batch, source]}. */
  public static AttentionMemory of(INDArray encoderOutputs, INDArray sourceMask) {
    INDArray keys = encoderOutputs.permute(1, 0, 2).dup('c');
    INDArray bias = sourceMask.castTo(keys.dataType()).rsub(1).muli(MASKED_SCORE);
    return new AttentionMemory(keys, bias);
  }

  public long batch() {
    return keys.size(0);
  }

  /** Rows {@code rows} of this memory, in that order (beam expansion). */
  public AttentionMemory selectRows(int[] rows) {
    long source = keys.size(1);
    long hidden = keys.size(2);
    INDArray flat = keys.reshape('c', keys.size(0), source * hidden);
    INDArray pickedKeys = Nd4j.pullRows(flat, 1, rows).reshape('c', rows.length, source, hidden);
    return new AttentionMemory(pickedKeys, Nd4j.pullRows(maskBias, 1, rows));
  }
}
