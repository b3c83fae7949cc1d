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
}
