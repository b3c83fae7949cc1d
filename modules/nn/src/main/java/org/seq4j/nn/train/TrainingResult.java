package org.seq4j.nn.train;

/**
 * How training ended.
 *
 * @param epochs epochs run
 * @param bestEpoch the epoch whose parameters the model holds now (the last one without dev evaluation)
 * @param bestMetric the dev metric of {@code bestEpoch} (NaN without dev evaluation)
 * @param stoppedEarly whether patience ran out before {@code maxEpochs}
 */
public record TrainingResult(int epochs, int bestEpoch, double bestMetric, boolean stoppedEarly) {}
