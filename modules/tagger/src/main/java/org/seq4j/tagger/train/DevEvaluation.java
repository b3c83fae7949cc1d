package org.seq4j.tagger.train;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.DoubleSupplier;
import java.util.function.Supplier;
import org.seq4j.nn.train.DevEvaluator;

/**
 * The tagger's dev evaluation after each epoch: the {@link DevScorer} metrics plus the dev
 * {@link #LOSS}, remembered per epoch.
 *
 * <p>Early stopping breaks a tie on the dev metric by the lower dev loss, and when the loss is not
 * known (NaN) by the later epoch: at the start of WNUT-17 training entity F1 stays 0.0 for some
 * epochs, and keeping the first of them (the least trained) whenever F1 never rises again was
 * the old behaviour; among epochs that tag equally well, the one that fits the dev tags better is
 * the better model. An epoch that wins a tie counts as an improvement for patience.
 */
final class DevEvaluation implements DevEvaluator {

  /** Dev metric key of the mean loss per token (nats; inference mode). */
  static final String LOSS = "loss";

  private final Supplier<Map<String, Double>> scores;
  private final DoubleSupplier loss;
  private final Map<Integer, Map<String, Double>> byEpoch = new HashMap<>();

  /**
   * @param scores the dev metrics of the current parameters ({@link DevScorer#score})
   * @param loss the dev loss of the current parameters ({@link DevLoss#compute}), NaN if unknown
   */
  DevEvaluation(Supplier<Map<String, Double>> scores, DoubleSupplier loss) {
    this.scores = scores;
    this.loss = loss;
  }

  @Override
  public Map<String, Double> evaluate(int epoch) {
    Map<String, Double> metrics = new LinkedHashMap<>(scores.get());
    metrics.put(LOSS, loss.getAsDouble());
    byEpoch.put(epoch, Map.copyOf(metrics));
    return metrics;
  }

  /** Lower dev loss wins a tie; without a loss for either epoch, the later epoch does. */
  @Override
  public boolean preferOnTie(int epoch, int bestEpoch) {
    double candidate = lossOf(epoch);
    double best = lossOf(bestEpoch);
    if (Double.isNaN(candidate) || Double.isNaN(best)) {
      return epoch > bestEpoch;
    }
    return candidate < best;
  }

  /** Every dev metric of {@code epoch}; empty if it was not evaluated. */
  Map<String, Double> metricsOf(int epoch) {
    return byEpoch.getOrDefault(epoch, Map.of());
  }

  private double lossOf(int epoch) {
    return metricsOf(epoch).getOrDefault(LOSS, Double.NaN);
  }
}
