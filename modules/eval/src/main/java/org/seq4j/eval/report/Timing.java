package org.seq4j.eval.report;

import java.util.Map;

/**
 * Where the time went: wall-clock seconds per stage ({@code prepare}, {@code train}, ...) and
 * throughput in tokens per second per stage. Stage order is kept as given.
 */
public record Timing(Map<String, Double> stageSeconds, Map<String, Double> tokensPerSecond) {

  public Timing {
    stageSeconds = Copies.orderedMap(stageSeconds);
    tokensPerSecond = Copies.orderedMap(tokensPerSecond);
  }

  public static Timing empty() {
    return new Timing(Map.of(), Map.of());
  }

  public boolean isEmpty() {
    return stageSeconds.isEmpty() && tokensPerSecond.isEmpty();
  }

  /** Sum of all stage times in seconds. */
  public double totalSeconds() {
    return stageSeconds.values().stream().mapToDouble(Double::doubleValue).sum();
  }
}
