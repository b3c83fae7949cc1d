package org.seq4j.recipe.stage;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.seq4j.eval.report.ReportBuilder;

/**
 * What a stage reports back to the run: corpus statistics (for report.json's {@code corpus}), a
 * human summary, tokens processed (for tokens/s in {@code timing}), and what it adds to the report
 * (metrics, per-tag tables, samples...).
 *
 * @param corpusStats statistics as plain nested maps and numbers, if the stage computed any
 * @param summary a human-readable summary, if any
 * @param tokens tokens the stage processed (0 when not meaningful)
 * @param report what the stage adds to report.json, if anything
 */
public record StageResult(Optional<Map<String, Object>> corpusStats, Optional<String> summary, long tokens,
    Optional<ReportContribution> report) {
  public StageResult {
    // Order matters (report.json keeps it, and reports show sections in it): no Map.copyOf.
    corpusStats = corpusStats.map(m -> Collections.unmodifiableMap(new LinkedHashMap<>(m)));
  }

  /** A result without a report contribution. */
  public StageResult(Optional<Map<String, Object>> corpusStats, Optional<String> summary, long tokens) {
    this(corpusStats, summary, tokens, Optional.empty());
  }

  /** A result with nothing to report. */
  public static StageResult empty() {
    return new StageResult(Optional.empty(), Optional.empty(), 0);
  }

  /**
   * Sections a stage adds to report.json. Design: the runner owns report.json and rebuilds it after
   * every stage from all contributions so far, so a stage never reads, merges or rewrites the file
   * itself, and a run that fails later still keeps the sections of the stages that finished.
   */
  @FunctionalInterface
  public interface ReportContribution {
    /** Adds this stage's sections (metrics, signatures, tables, samples...) to the report. */
    void addTo(ReportBuilder report);
  }
}
