package org.seq4j.nn.crf;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Mean negative log-likelihood of a batch and its gradient with respect to every CRF input.
 * All arrays are new; nothing aliases the inputs of {@link LinearChainCrf#lossAndGradient}.
 *
 * @param negativeLogLikelihood mean over the batch of {@code log Z - score(gold)}
 * @param emissions             [batch, numTags, time], same layout and type as the emissions; zero at
 *                              masked positions, so it can be passed back into a DL4J RNN layer as is
 * @param transitions           [numTags, numTags]
 * @param start                 [numTags]
 * @param end                   [numTags]
 */
public record CrfGradient(double negativeLogLikelihood, INDArray emissions, INDArray transitions, INDArray start,
                          INDArray end) {
}
