package org.seq4j.seq2seq.model;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.seq4j.nn.rnn.RecurrentState;

/**
 * The incremental decoding state of a set of rows (sentences, or sentences x beams): the decoder
 * stack's recurrent state after the tokens fed so far, plus the per-sentence context vector and
 * attention memory. Only {@link #recurrent()} changes from step to step; the prefix is never re-run.
 *
 * @param recurrent decoder stack state, {@code [rows, layers*hidden]} per component
 * @param context context vector, {@code [rows, hidden]}
 * @param memory attention memory with {@code rows} rows, or null
 */
public record DecoderState(RecurrentState recurrent, INDArray context, AttentionMemory memory) {

  /** Number of rows. */
  public int rows() {
    return (int) context.size(0);
  }
}
