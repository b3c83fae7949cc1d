package org.seq4j.recipe.run;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What a finished run reports to its caller.
 *
 * @param runDir the run directory
 * @param stageSeconds wall-clock seconds per stage, in run order
 * @param summaries human summaries of the stages that produced one
 */
public record RunResult(Path runDir, Map<String, Double> stageSeconds, List<String> summaries) {
  public RunResult {
    stageSeconds = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(stageSeconds));
    summaries = List.copyOf(summaries);
  }
}
