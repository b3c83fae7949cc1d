package org.seq4j.eval.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Assembles a {@link Report} step by step (the evaluate and run stages add sections as they
 * produce them). Not thread-safe; {@link #build()} returns an immutable report.
 */
public final class ReportBuilder {
  private RunInfo run;
  private final Map<String, Map<String, Double>> metrics = new LinkedHashMap<>();
  private final Map<String, String> signatures = new LinkedHashMap<>();
  private final Map<String, Double> stageSeconds = new LinkedHashMap<>();
  private final Map<String, Double> tokensPerSecond = new LinkedHashMap<>();
  private Map<String, Object> corpus = Map.of();
  private final List<LabelTable> labelTables = new ArrayList<>();
  private final List<ConfusionMatrix> confusionMatrices = new ArrayList<>();
  private final List<LengthBuckets> lengthBuckets = new ArrayList<>();
  private Samples samples;
  private SentenceScores sentences;
  private final List<SignificanceResult> significance = new ArrayList<>();
  private LearningCurve learningCurve = LearningCurve.empty();

  ReportBuilder() {}

  ReportBuilder(Report r) {
    run = r.run();
    r.metrics().forEach((split, m) -> metrics.put(split, new LinkedHashMap<>(m)));
    signatures.putAll(r.signatures());
    stageSeconds.putAll(r.timing().stageSeconds());
    tokensPerSecond.putAll(r.timing().tokensPerSecond());
    corpus = r.corpus();
    labelTables.addAll(r.labelTables());
    confusionMatrices.addAll(r.confusionMatrices());
    lengthBuckets.addAll(r.lengthBuckets());
    samples = r.samples();
    sentences = r.sentences();
    significance.addAll(r.significance());
    learningCurve = r.learningCurve();
  }

  public ReportBuilder run(RunInfo run) {
    this.run = run;
    return this;
  }

  /** Sets {@code metrics.<split>.<metric>} (a percentage for scores). */
  public ReportBuilder metric(String split, String metric, double value) {
    metrics.computeIfAbsent(split, s -> new LinkedHashMap<>()).put(metric, value);
    return this;
  }

  public ReportBuilder signature(String metric, String signature) {
    signatures.put(metric, signature);
    return this;
  }

  public ReportBuilder stageSeconds(String stage, double seconds) {
    stageSeconds.put(stage, seconds);
    return this;
  }

  public ReportBuilder tokensPerSecond(String stage, double tokensPerSec) {
    tokensPerSecond.put(stage, tokensPerSec);
    return this;
  }

  /** Corpus statistics: free-form nested maps/lists of numbers and strings. */
  public ReportBuilder corpus(Map<String, ?> stats) {
    this.corpus = Copies.freezeMap(stats);
    return this;
  }

  public ReportBuilder labelTable(LabelTable table) {
    labelTables.add(table);
    return this;
  }

  public ReportBuilder confusionMatrix(ConfusionMatrix matrix) {
    confusionMatrices.add(matrix);
    return this;
  }

  public ReportBuilder lengthBuckets(LengthBuckets buckets) {
    lengthBuckets.add(buckets);
    return this;
  }

  public ReportBuilder samples(Samples samples) {
    this.samples = samples;
    return this;
  }

  public ReportBuilder sentences(SentenceScores sentences) {
    this.sentences = sentences;
    return this;
  }

  public ReportBuilder significance(SignificanceResult result) {
    significance.add(result);
    return this;
  }

  public ReportBuilder learningCurve(LearningCurve curve) {
    this.learningCurve = curve;
    return this;
  }

  public Report build() {
    return new Report(
        Report.SCHEMA,
        run,
        metrics,
        signatures,
        new Timing(stageSeconds, tokensPerSecond),
        corpus,
        labelTables,
        confusionMatrices,
        lengthBuckets,
        samples,
        sentences,
        significance,
        learningCurve);
  }
}
