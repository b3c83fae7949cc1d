package org.seq4j.seq2seq.model;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.seq4j.nn.rnn.RecurrentState;

/**
 * What decoding needs from the encoder, computed once per batch of sentences.
 *
 * @param decoderInitial the bridged initial decoder stack state, {@code [batch, layers*hidden]}
 * @param context the context vector c, {@code [batch, hidden]}, fed to every decoder step
 * @param memory encoder states for attention, or null for the context-vector model
 */
public record EncodedSource(RecurrentState decoderInitial, INDArray context, AttentionMemory memory) {}
