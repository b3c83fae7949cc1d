package org.seq4j.eval.report;

import java.util.List;

/**
 * Renders a {@link Report} as Markdown ({@code report.md}): run info, metrics with signatures,
 * significance, timing, corpus statistics, per-label tables, the most frequent confusions,
 * scores by source length, the learning curve and sample sentences. Sections without data are
 * left out; charts are HTML-only ({@link HtmlReport}).
 */
public final class MarkdownReport {

  /** Conventional file name inside a run directory. */
  public static final String FILE_NAME = "report.md";
  /** How many best and worst sentences to show when samples are derived. */
  public static final int SAMPLE_COUNT = 5;
  /** How many off-diagonal confusions to list. */
  static final int TOP_CONFUSIONS = 10;

  private MarkdownReport() {}

  /** The report as Markdown; {@code curve} overrides the report's learning curve when non-null. */
  public static String render(Report report, LearningCurve curve) {
    LearningCurve learning = curve != null && !curve.isEmpty() ? curve : report.learningCurve();
    StringBuilder md = new StringBuilder();
    RunInfo run = report.run();
    md.append("# seq4j report").append(run != null && run.name() != null ? ": " + MarkdownText.escape(run.name()) : "").append("\n\n");
    String runLine = RunSummary.line(run);
    if (!runLine.isEmpty()) {
      md.append(MarkdownText.escape(runLine)).append("\n\n");
    }
    section(md, "Metrics", ReportTables.metrics(report), "Scores are percentages (0-100).");
    if (!report.significance().isEmpty()) {
      section(md, "Significance (paired bootstrap)", ReportTables.significance(report.significance()), null);
    }
    if (!report.timing().isEmpty()) {
      section(md, "Timing", ReportTables.timing(report.timing()), null);
    }
    if (!report.corpus().isEmpty()) {
      md.append("## Corpus statistics\n\n");
      for (ReportTables.CorpusTable t : ReportTables.corpusTables(report.corpus())) {
        if (!t.caption().isEmpty()) {
          md.append("### ").append(MarkdownText.escape(t.caption())).append("\n\n");
        }
        md.append(MarkdownText.table(t.table())).append('\n');
      }
    }
    for (LabelTable table : report.labelTables()) {
      section(md, titled(table.title(), "Per-label scores", table.split()), ReportTables.labels(table), null);
    }
    for (ConfusionMatrix m : report.confusionMatrices()) {
      section(md, titled(m.title(), "Confusion matrix", m.split()) + ": most frequent errors",
          ReportTables.topConfusions(m, TOP_CONFUSIONS), "Rows are gold labels, columns predictions.");
    }
    for (LengthBuckets b : report.lengthBuckets()) {
      section(md, titled(b.metric() == null ? null : b.metric().toUpperCase(java.util.Locale.ROOT) + " by source length",
          "Scores by source length", b.split()), ReportTables.buckets(b), null);
    }
    if (!learning.isEmpty()) {
      section(md, "Learning curve", ReportTables.learningCurve(learning), null);
    }
    Samples samples = report.samplesOrDerived(SAMPLE_COUNT);
    if (samples != null) {
      samples(md, "Best sentences", samples.best(), samples.metric());
      samples(md, "Worst sentences", samples.worst(), samples.metric());
    }
    return md.toString();
  }

  private static String titled(String title, String fallback, String split) {
    String t = title == null || title.isBlank() ? fallback : title;
    return split == null ? t : t + " (" + split + ")";
  }

  private static void section(StringBuilder md, String title, TextTable table, String note) {
    if (table.isEmpty()) {
      return;
    }
    md.append("## ").append(MarkdownText.escape(title)).append("\n\n");
    md.append(MarkdownText.table(table)).append('\n');
    if (note != null) {
      md.append(MarkdownText.escape(note)).append("\n\n");
    }
  }

  private static void samples(StringBuilder md, String title, List<SentenceScore> rows, String metric) {
    if (rows.isEmpty()) {
      return;
    }
    md.append("## ").append(title).append("\n\n");
    for (SentenceScore s : rows) {
      md.append("- **").append(s.id() == null ? "" : "#" + MarkdownText.escape(s.id()) + " ")
          .append(MarkdownText.escape(metric == null ? "score" : metric)).append(' ')
          .append(Formats.score(s.score())).append("**\n");
      md.append("  - source: ").append(MarkdownText.escape(s.source())).append('\n');
      md.append("  - reference: ").append(MarkdownText.escape(s.reference())).append('\n');
      md.append("  - hypothesis: ").append(MarkdownText.escape(s.hypothesis())).append('\n');
    }
    md.append('\n');
  }
}
