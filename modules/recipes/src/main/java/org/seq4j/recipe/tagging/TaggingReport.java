package org.seq4j.recipe.tagging;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.seq4j.eval.report.ConfusionMatrix;
import org.seq4j.eval.report.LabelTable;
import org.seq4j.eval.report.Samples;
import org.seq4j.eval.report.SentenceScores;
import org.seq4j.eval.tagging.ConllevalReport;
import org.seq4j.eval.tagging.TagEvaluation;
import org.seq4j.eval.tagging.TaggingReportTables;
import org.seq4j.eval.tagging.TokenAccuracy;
import org.seq4j.recipe.section.EvaluateSection.MetricName;
import org.seq4j.recipe.section.Split;
import org.seq4j.recipe.stage.StageResult;

/**
 * Turns evaluated splits into report.json sections: {@code metrics.<split>.accuracy} (plus
 * {@code known_accuracy}/{@code unknown_accuracy} on words seen/unseen in training) and, for chunk
 * tags, {@code f1}/{@code precision}/{@code recall} — percentages exactly as conlleval prints them;
 * per-entity-type tables for chunk tags, per-tag tables and confusion matrices otherwise; and the
 * best/worst sentences plus every sentence's accuracy of the test split (else the last split).
 *
 * <p>Design: every number is computed here, once, and the contribution only copies immutable
 * records into the report, because the runner rebuilds report.json from all contributions after
 * every later stage.
 */
public final class TaggingReport {
  /** Best and worst sentences shown in the report. */
  public static final int SAMPLES_PER_SIDE = 5;
  public static final String ACCURACY = "accuracy";
  public static final String KNOWN_ACCURACY = "known_accuracy";
  public static final String UNKNOWN_ACCURACY = "unknown_accuracy";
  public static final String F1 = "f1";
  public static final String PRECISION = "precision";
  public static final String RECALL = "recall";

  private TaggingReport() {}

  /** A split's numbers as they go into {@code metrics.<split>}. */
  private record SplitMetric(String split, String metric, double value) {}

  /**
   * The report contribution of the evaluated splits.
   *
   * @param metrics the metrics the recipe asks for ({@code evaluate.metrics})
   * @param tagName what the tags are, for table titles ({@code UPOS}, {@code XPOS}, {@code tags})
   */
  public static StageResult.ReportContribution of(List<TaggingScores> scores, Set<MetricName> metrics, String tagName) {
    List<SplitMetric> values = new ArrayList<>();
    List<LabelTable> tables = new ArrayList<>();
    List<ConfusionMatrix> matrices = new ArrayList<>();
    for (TaggingScores s : scores) {
      String split = s.split().id();
      TagEvaluation e = s.evaluation();
      if (metrics.contains(MetricName.ACCURACY)) {
        TokenAccuracy a = e.accuracy();
        values.add(new SplitMetric(split, ACCURACY, a.accuracy()));
        if (a.knownTotal() > 0) {
          values.add(new SplitMetric(split, KNOWN_ACCURACY, a.knownAccuracy()));
        }
        if (a.unknownTotal() > 0) {
          values.add(new SplitMetric(split, UNKNOWN_ACCURACY, a.unknownAccuracy()));
        }
      }
      if (e.conlleval().isPresent()) {
        ConllevalReport report = e.conlleval().get();
        if (metrics.contains(MetricName.F1)) {
          values.add(new SplitMetric(split, F1, report.entities().f1()));
          values.add(new SplitMetric(split, PRECISION, report.entities().precision()));
          values.add(new SplitMetric(split, RECALL, report.entities().recall()));
        }
        tables.add(TaggingReportTables.entityTable(report.entities(), split));
      } else {
        tables.add(TaggingReportTables.tagTable(e.confusion(), tagName + " per tag", split));
        matrices.add(TaggingReportTables.confusionMatrix(e.confusion(), tagName + " confusion", split));
      }
    }
    SentenceScores sentences = primary(scores);
    Samples samples = sentences == null ? null : sentences.samples(SAMPLES_PER_SIDE);
    return report -> {
      values.forEach(v -> report.metric(v.split(), v.metric(), v.value()));
      tables.forEach(report::labelTable);
      matrices.forEach(report::confusionMatrix);
      if (sentences != null) {
        report.sentences(sentences).samples(samples);
      }
    };
  }

  /** The test split's sentences when it was evaluated, else the last evaluated split's. */
  private static SentenceScores primary(List<TaggingScores> scores) {
    if (scores.isEmpty()) {
      return null;
    }
    return scores.stream().filter(s -> s.split() == Split.TEST).findFirst()
        .orElse(scores.get(scores.size() - 1)).sentences();
  }
}
