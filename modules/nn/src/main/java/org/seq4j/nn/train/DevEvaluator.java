package org.seq4j.nn.train;

import java.util.Map;

/**
 * Evaluates the current model on the dev set (in inference mode) after an epoch. Returns metric
 * name to value, in a stable order; the entry named by {@link TrainingOptions#devMetric()} selects
 * the best epoch.
 */
@FunctionalInterface
public interface DevEvaluator {

  Map<String, Double> evaluate(int epoch);

  /**
   * Whether {@code epoch}, whose dev metric equals that of {@code bestEpoch} (the best so far),
   * replaces it as the best epoch (and counts as an improvement for patience); called after both
   * were evaluated. Default: no, the earlier epoch stays.
   */
  default boolean preferOnTie(int epoch, int bestEpoch) {
    return false;
  }
}
