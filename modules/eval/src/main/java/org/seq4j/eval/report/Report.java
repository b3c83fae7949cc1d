package org.seq4j.eval.report;

import java.util.List;
import java.util.Map;

/**
 * Everything an evaluation report shows, as plain immutable data; the content of
 * {@code report.json} (schema {@value #SCHEMA}, documented in {@code modules/eval/REPORT_SCHEMA.md}).
 *
 * <p>This model knows nothing of the metric implementations: the evaluate stage converts BLEU,
 * tagging and significance results into these records. All sections except {@code schema} are
 * optional; an absent section is an empty collection (or null for {@code run}/{@code samples}/
 * {@code sentences}), never a placeholder value. Scores are percentages (0-100).
 *
 * <p>Build one with {@link #builder()}, write it with {@link ReportJson#write}, render it with
 * {@link ReportRenderer#render}.
 *
 * @param schema always {@value #SCHEMA} for reports this code writes
 * @param run which run this is
 * @param metrics split → metric → score, e.g. {@code metrics.test.bleu}
 * @param signatures metric → sacreBLEU-style signature string
 * @param timing seconds per stage and tokens per second
 * @param corpus free-form nested corpus statistics (the prepare stage's {@code stats.json})
 * @param labelTables per-tag / per-entity-type tables
 * @param confusionMatrices confusion matrices (rows gold, columns predicted)
 * @param lengthBuckets scores by source-length bucket
 * @param samples best and worst sentences; derived from {@code sentences} when absent
 * @param sentences every segment's sentence-level score (exported to CSV)
 * @param significance paired significance tests
 * @param learningCurve training progress; the renderer prefers the run's {@code metrics.jsonl}
 */
public record Report(
    String schema,
    RunInfo run,
    Map<String, Map<String, Double>> metrics,
    Map<String, String> signatures,
    Timing timing,
    Map<String, Object> corpus,
    List<LabelTable> labelTables,
    List<ConfusionMatrix> confusionMatrices,
    List<LengthBuckets> lengthBuckets,
    Samples samples,
    SentenceScores sentences,
    List<SignificanceResult> significance,
    LearningCurve learningCurve) {

  /** The schema identifier; the number after the slash is bumped only on incompatible changes. */
  public static final String SCHEMA = "seq4j-report/1";

  public Report {
    schema = schema == null ? SCHEMA : schema;
    metrics = Copies.orderedNestedMap(metrics);
    signatures = Copies.orderedMap(signatures);
    timing = timing == null ? Timing.empty() : timing;
    corpus = Copies.freezeMap(corpus);
    labelTables = Copies.list(labelTables);
    confusionMatrices = Copies.list(confusionMatrices);
    lengthBuckets = Copies.list(lengthBuckets);
    significance = Copies.list(significance);
    learningCurve = learningCurve == null ? LearningCurve.empty() : learningCurve;
  }

  public static ReportBuilder builder() {
    return new ReportBuilder();
  }

  /** A builder pre-filled with this report, to add or replace sections. */
  public ReportBuilder toBuilder() {
    return new ReportBuilder(this);
  }

  /** A metric value, or null when the report has none for that split and metric. */
  public Double metric(String split, String metric) {
    Map<String, Double> bySplit = metrics.get(split);
    return bySplit == null ? null : bySplit.get(metric);
  }

  /**
   * The samples to show: the explicit {@code samples} section, else the best and worst {@code n}
   * of {@code sentences}, else null.
   */
  public Samples samplesOrDerived(int n) {
    if (samples != null && !samples.isEmpty()) {
      return samples;
    }
    if (sentences != null && !sentences.isEmpty()) {
      return sentences.samples(n);
    }
    return null;
  }
}
