package org.seq4j.seq2seq.model;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The encoder states attention reads, prepared once per batch: {@code keys [batch, source, hidden]}
 * (batch-major, so scores are one batched matmul per call) and an additive mask {@code [batch,
 * source]} that is 0 at real positions and {@link #MASKED_SCORE} at padding. A large finite value
 * rather than minus infinity keeps an all-padding row (empty source) finite: its weights become
 * uniform over zero keys, so its context is zero. Bahdanau attention also keeps the keys' projection
 * {@code W_k k + b} here, computed once per batch instead of once per decoder step.
 *
 * @param keys encoder outputs, {@code [batch, source, hidden]}, C order; never written
 * @param maskBias {@code [batch, source]}; never written
 * @param projectedKeys {@code [batch, source, hidden]} for Bahdanau attention, else null; never written
 */
public record AttentionMemory(INDArray keys, INDArray maskBias, INDArray projectedKeys) {

  /** Added to the scores of padded source positions. */
  public static final double MASKED_SCORE = -1e9;

  /** A memory without projected keys (Luong attention). */
  public AttentionMemory(INDArray keys, INDArray maskBias) {
    this(keys, maskBias, null);
  }

  /** From time-major encoder outputs {@code [source, batch, hidden]} and a mask {@code [batch, source]}. */
  public static AttentionMemory of(INDArray encoderOutputs, INDArray sourceMask) {
    INDArray keys = encoderOutputs.permute(1, 0, 2).dup('c');
    INDArray bias = sourceMask.castTo(keys.dataType()).rsub(1).muli(MASKED_SCORE);
    return new AttentionMemory(keys, bias);
  }

  /** This memory with the keys' Bahdanau projection. */
  public AttentionMemory withProjectedKeys(INDArray projected) {
    return new AttentionMemory(keys, maskBias, projected);
  }

  public long batch() {
    return keys.size(0);
  }

  /** Source positions (padded length). */
  public long sourceLength() {
    return keys.size(1);
  }

  /** Rows {@code rows} of this memory, in that order (beam expansion). */
  public AttentionMemory selectRows(int[] rows) {
    INDArray projected = projectedKeys == null ? null : selectRows(projectedKeys, rows);
    return new AttentionMemory(selectRows(keys, rows), Nd4j.pullRows(maskBias, 1, rows), projected);
  }

  private static INDArray selectRows(INDArray batchMajor, int[] rows) {
    long source = batchMajor.size(1);
    long hidden = batchMajor.size(2);
    INDArray flat = batchMajor.reshape('c', batchMajor.size(0), source * hidden);
    return Nd4j.pullRows(flat, 1, rows).reshape('c', rows.length, source, hidden);
  }
}
