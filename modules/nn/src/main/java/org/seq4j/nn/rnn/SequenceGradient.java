package org.seq4j.nn.rnn;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * What a recurrent backward pass returns (parameter gradients go into the layer's parameters).
 *
 * @param input        gradient w.r.t. the input, {@code [time, batch, inputSize]}; zero at padded steps
 * @param initialState gradient w.r.t. the initial state (zero-state gradient when none was given)
 */
public record SequenceGradient(INDArray input, RecurrentState initialState) {
}
