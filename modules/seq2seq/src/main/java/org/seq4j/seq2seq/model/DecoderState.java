package org.seq4j.seq2seq.model;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.seq4j.nn.rnn.FixedInput;
import org.seq4j.nn.rnn.RecurrentState;

/**
 * The incremental decoding state of a set of rows (sentences, or sentences x beams): the decoder
 * stack's recurrent state after the tokens fed so far, the attentional vector of the last step when
 * the model feeds it back (input feeding), plus the per-sentence context vector and attention memory.
 * Only {@link #recurrent()} and {@link #feed()} change from step to step; the prefix is never re-run.
 *
 * @param recurrent decoder stack state, {@code [rows, layers*hidden]} per component
 * @param context context vector, {@code [rows, hidden]}
 * @param memory attention memory with {@code rows} rows, or null
 * @param feed the previous step's attentional vector {@code [rows, hidden]} with input feeding, else null
 * @param fixedContext the context vector's share of the decoder's input projection, computed once per
 *     decoding run by {@link Seq2SeqNetwork#initialState} (see {@link FixedInput}), or null: then each
 *     step multiplies the context again with the rest of its input
 */
public record DecoderState(RecurrentState recurrent, INDArray context, AttentionMemory memory, INDArray feed,
    FixedInput fixedContext) {

  /** A state whose steps project the whole input (no fixed context). */
  public DecoderState(RecurrentState recurrent, INDArray context, AttentionMemory memory, INDArray feed) {
    this(recurrent, context, memory, feed, null);
  }

  /** A state without input feeding. */
  public DecoderState(RecurrentState recurrent, INDArray context, AttentionMemory memory) {
    this(recurrent, context, memory, null, null);
  }

  /** Number of rows. */
  public int rows() {
    return (int) context.size(0);
  }

  /** The state after a step: new recurrent state and fed vector, the same per-sentence parts. */
  DecoderState next(RecurrentState nextRecurrent, INDArray nextFeed) {
    return new DecoderState(nextRecurrent, context, memory, nextFeed, fixedContext);
  }
}
