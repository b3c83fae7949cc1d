package org.seq4j.eval.tagging;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.seq4j.eval.report.ConfusionMatrix;
import org.seq4j.eval.report.Interval;
import org.seq4j.eval.report.LabelScore;
import org.seq4j.eval.report.LabelTable;
import org.seq4j.eval.report.SignificanceResult;
import org.seq4j.eval.significance.PairedBootstrap;
import org.seq4j.eval.significance.PairedBootstrapResult;

/**
 * Converts tagging and significance results into the report records ({@link
 * org.seq4j.eval.report}), so a recipe's report stage can show them. Scores stay percentages.
 */
public final class TaggingReportTables {

  private TaggingReportTables() {}

  /** One row per entity type (conlleval's order), with found/gold/correct counts. */
  public static LabelTable entityTable(EntityCounts counts, String split) {
    return new LabelTable("entities per type", split, rows(counts.perType()));
  }

  /** One row per tag (Perl string order) from the confusion matrix. */
  public static LabelTable tagTable(TagConfusionMatrix confusion, String title, String split) {
    return new LabelTable(title, split, rows(confusion.perTagCounts()));
  }

  /** The gold × predicted matrix as a report record. */
  public static ConfusionMatrix confusionMatrix(TagConfusionMatrix confusion, String title, String split) {
    return new ConfusionMatrix(title, split, confusion.tags(), confusion.counts());
  }

  /** A paired bootstrap result as a report record (intervals at {@link PairedBootstrap#CONFIDENCE}). */
  public static SignificanceResult significance(PairedBootstrapResult result, String systemA, String systemB) {
    return new SignificanceResult(result.metric(), systemA, systemB, result.scoreA(), result.scoreB(),
        new Interval(result.a().lower(), result.a().upper()),
        new Interval(result.b().lower(), result.b().upper()),
        result.pValue(), result.samples(), PairedBootstrap.CONFIDENCE);
  }

  private static List<LabelScore> rows(Map<String, MatchCounts> perLabel) {
    List<LabelScore> rows = new ArrayList<>();
    perLabel.forEach((label, c) -> rows.add(new LabelScore(label, c.precision(), c.recall(), c.f1(),
        c.gold(), c.found(), c.correct())));
    return rows;
  }
}
