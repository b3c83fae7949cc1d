package org.seq4j.nn.layers;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A loss value and its gradient with respect to the loss input.
 *
 * @param loss mean loss per real (unmasked) token; 0 when there is none
 * @param gradient gradient of {@code loss} with respect to the logits, shaped like them
 * @param tokens number of real tokens the mean was taken over
 */
public record LossAndGradient(double loss, INDArray gradient, long tokens) {}
