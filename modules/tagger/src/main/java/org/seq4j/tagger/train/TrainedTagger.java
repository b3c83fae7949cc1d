package org.seq4j.tagger.train;

import java.util.Map;
import org.seq4j.nn.train.TrainingResult;
import org.seq4j.tagger.NeuralTagger;

/**
 * What {@link TaggerTrainer#train} returns.
 *
 * @param tagger the tagger, holding the best epoch's parameters
 * @param result epochs run, the best epoch and its dev metric, whether training stopped early
 * @param devMetric the name of the dev metric that selected the best epoch
 * @param bestDevMetrics every dev metric of the best epoch (empty without dev data)
 * @param trainTokens real tokens per training epoch
 * @param trainSeconds wall-clock seconds of the whole training (dev evaluation included)
 */
public record TrainedTagger(NeuralTagger tagger, TrainingResult result, String devMetric,
    Map<String, Double> bestDevMetrics, long trainTokens, double trainSeconds) {

  public TrainedTagger {
    bestDevMetrics = Map.copyOf(bestDevMetrics);
  }
}
