package org.seq4j.seq2seq.model;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.seq4j.nn.rnn.RecurrentState;

/**
 * The decoder part of one teacher-forced training pass, from the target embeddings to the vectors
 * the output layer reads, and back. Two implementations: {@link SequenceDecoding} runs the decoder
 * RNN over all steps in one call (possible when no step reads the previous step's attention) and
 * {@link StepwiseDecoding} runs and back-propagates step by step (Bahdanau attention, input feeding).
 */
interface DecoderPass {

  /** What the output layer reads, {@code [time, batch, hidden]}. */
  INDArray features();

  /** Back-propagates {@code dL/dfeatures}; parameter gradients are accumulated. */
  Gradient backward(INDArray featuresGradient);

  /**
   * @param embedded w.r.t. the (dropped-out) target embeddings, {@code [time, batch, embedding]}
   * @param context w.r.t. the context vector, {@code [batch, hidden]}
   * @param initialState w.r.t. the decoder's initial stack state
   * @param encoderOutputs w.r.t. the encoder outputs, time-major {@code [source, batch, hidden]}; null
   *     without attention
   */
  record Gradient(INDArray embedded, INDArray context, RecurrentState initialState, INDArray encoderOutputs) {}
}
