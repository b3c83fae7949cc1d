package org.seq4j.recipe.stage;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What a stage reports back to the run: corpus statistics (for report.json's {@code corpus}), a
 * human summary, and tokens processed (for tokens/s in {@code timing}).
 *
 * @param corpusStats statistics as plain nested maps and numbers, if the stage computed any
 * @param summary a human-readable summary, if any
 * @param tokens tokens the stage processed (0 when not meaningful)
 */
public record StageResult(Optional<Map<String, Object>> corpusStats, Optional<String> summary, long tokens) {
  public StageResult {
    // Order matters (report.json keeps it, and reports show sections in it): no Map.copyOf.
    corpusStats = corpusStats.map(m -> Collections.unmodifiableMap(new LinkedHashMap<>(m)));
  }

  /** A result with nothing to report. */
  public static StageResult empty() {
    return new StageResult(Optional.empty(), Optional.empty(), 0);
  }
}
