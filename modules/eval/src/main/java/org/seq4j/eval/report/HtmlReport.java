package org.seq4j.eval.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Renders a {@link Report} as one self-contained HTML page ({@code report.html}): inline CSS,
 * inline SVG charts generated here, no scripts and no external resources, so it opens offline,
 * can be mailed or archived as a single file, and cannot leak data through requests. Every
 * string from the report is escaped ({@link HtmlText}). Sections without data are left out, and
 * listed in a closing "not available" note so the reader knows they were not forgotten.
 */
public final class HtmlReport {

  /** Conventional file name inside a run directory. */
  public static final String FILE_NAME = "report.html";
  /** Extra single-field learning-curve charts (learning rate, throughput, ...) at most. */
  static final int MAX_EXTRA_CURVE_CHARTS = 4;
  /** Metric cards shown at the top for the headline split. */
  static final String HEADLINE_SPLIT = "test";
  /** Per-label tables up to this many rows are shown expanded; longer ones start collapsed. */
  static final int OPEN_TABLE_MAX_ROWS = 25;

  private HtmlReport() {}

  /** The page; {@code curve} (e.g. from metrics.jsonl) overrides the report's learning curve when non-empty. */
  public static String render(Report report, LearningCurve curve) {
    LearningCurve learning = curve != null && !curve.isEmpty() ? curve : report.learningCurve();
    Map<String, String> sections = new LinkedHashMap<>();
    List<String> missing = new ArrayList<>();

    sections.put("Metrics", metrics(report));
    if (!report.significance().isEmpty()) {
      sections.put("Significance", HtmlTable.render(ReportTables.significance(report.significance()), null)
          + "<p class=\"note\">Paired bootstrap resampling; CI = confidence interval of each system's score.</p>");
    }
    put(sections, missing, "Learning curves", learning.isEmpty() ? "" : learningCurves(learning));
    StringBuilder labels = new StringBuilder();
    for (LabelTable t : report.labelTables()) {
      labels.append(labelTable(t));
    }
    put(sections, missing, "Per-label scores", labels.toString());
    StringBuilder confusion = new StringBuilder();
    for (ConfusionMatrix m : report.confusionMatrices()) {
      confusion.append(confusion(m));
    }
    put(sections, missing, "Confusion matrix", confusion.toString());
    StringBuilder buckets = new StringBuilder();
    for (LengthBuckets b : report.lengthBuckets()) {
      buckets.append(buckets(b));
    }
    put(sections, missing, "Scores by source length", buckets.toString());
    Samples samples = report.samplesOrDerived(MarkdownReport.SAMPLE_COUNT);
    put(sections, missing, "Sample outputs",
        samples == null ? "" : HtmlSamples.render(samples, HtmlSamples.isTagging(report, samples)));
    put(sections, missing, "Corpus statistics", report.corpus().isEmpty() ? "" : corpus(report.corpus()));
    put(sections, missing, "Timing",
        report.timing().isEmpty() ? "" : HtmlTable.render(ReportTables.timing(report.timing()), null));
    return page(report, sections, missing);
  }

  private static void put(Map<String, String> sections, List<String> missing, String title, String body) {
    if (body.isEmpty()) {
      missing.add(title);
    } else {
      sections.put(title, body);
    }
  }

  private static String page(Report report, Map<String, String> sections, List<String> missing) {
    RunInfo run = report.run();
    String name = run != null && run.name() != null ? run.name() : "evaluation";
    StringBuilder html = new StringBuilder();
    html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        .append("<link rel=\"icon\" href=\"data:,\">")
        .append("<title>seq4j report: ").append(HtmlText.escape(name)).append("</title>")
        .append("<style>").append(HtmlStyle.CSS).append("</style></head>\n<body>")
        .append("<header class=\"page-header\"><div class=\"wrap\"><p class=\"eyebrow\">seq4j evaluation report</p>")
        .append("<h1>").append(HtmlText.escape(name)).append("</h1>");
    String runLine = RunSummary.line(run);
    if (!runLine.isEmpty()) {
      html.append("<p class=\"run-line\">").append(HtmlText.escape(runLine)).append("</p>");
    }
    html.append("</div></header>\n<main class=\"wrap\"><nav class=\"toc\" aria-label=\"Sections\">");
    sections.keySet().forEach(title -> html.append("<a href=\"#").append(anchor(title)).append("\">")
        .append(HtmlText.escape(title)).append("</a>"));
    html.append("</nav>\n");
    sections.forEach((title, body) -> html.append("<section class=\"card\" id=\"").append(anchor(title))
        .append("\"><h2>").append(HtmlText.escape(title)).append("</h2>").append(body).append("</section>\n"));
    html.append("</main><footer><div class=\"wrap\">");
    if (!missing.isEmpty()) {
      html.append("Not available for this run: ").append(HtmlText.escape(String.join(", ", missing))).append(". ");
    }
    html.append("Generated by seq4j from report.json (schema ").append(HtmlText.escape(report.schema()))
        .append(").</div></footer></body></html>\n");
    return html.toString();
  }

  static String anchor(String title) {
    return title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
  }

  private static String metrics(Report report) {
    StringBuilder out = new StringBuilder();
    Map<String, Double> headline = report.metrics().getOrDefault(HEADLINE_SPLIT,
        report.metrics().isEmpty() ? Map.of() : report.metrics().values().iterator().next());
    String headlineSplit = report.metrics().containsKey(HEADLINE_SPLIT) ? HEADLINE_SPLIT
        : report.metrics().keySet().stream().findFirst().orElse("");
    if (!headline.isEmpty()) {
      out.append("<div class=\"cards\">");
      headline.forEach((metric, value) -> out.append("<div class=\"metric-card\"><div class=\"label\">")
          .append(HtmlText.escape(headlineSplit + " " + metric)).append("</div><div class=\"value\">")
          .append(Formats.score(value)).append("</div></div>"));
      out.append("</div>");
    }
    TextTable table = ReportTables.metrics(report);
    if (table.isEmpty()) {
      return out.append("<p class=\"unavailable\">No metrics available.</p>").toString();
    }
    return out.append(HtmlTable.render(table, "Signature"))
        .append("<p class=\"note\">Scores are percentages (0–100). Signatures identify the exact metric settings (sacreBLEU format).</p>")
        .toString();
  }

  /** Captioned per-split tables first; a long key/value rest (histograms, label counts) starts collapsed. */
  private static String corpus(Map<String, Object> stats) {
    StringBuilder out = new StringBuilder();
    for (ReportTables.CorpusTable t : ReportTables.corpusTables(stats)) {
      String table = HtmlTable.render(t.table(), null);
      if (!t.caption().isEmpty()) {
        out.append("<h3>").append(HtmlText.escape(t.caption())).append("</h3>").append(table);
      } else if (t.table().rows().size() > OPEN_TABLE_MAX_ROWS) {
        out.append("<details><summary>All statistics (").append(t.table().rows().size())
            .append(" values)</summary>").append(table).append("</details>");
      } else {
        out.append(table);
      }
    }
    return out.toString();
  }

  private static String learningCurves(LearningCurve curve) {
    String xField = curve.xField();
    List<Double> xs = new ArrayList<>();
    for (int i = 0; i < curve.points().size(); i++) {
      xs.add(curve.x(i));
    }
    List<String> charts = new ArrayList<>();
    charts.add(SvgLineChart.render("Loss per " + xField, xField, "loss", xs, series(curve, curve.lossFields())));
    charts.add(SvgLineChart.render("Held-out metrics per " + xField, xField, "score", xs,
        series(curve, curve.evaluationFields())));
    List<String> others = curve.otherFields();
    for (String field : others.subList(0, Math.min(MAX_EXTRA_CURVE_CHARTS, others.size()))) {
      charts.add(SvgLineChart.render(field + " per " + xField, xField, field, xs, series(curve, List.of(field))));
    }
    StringBuilder out = new StringBuilder("<div class=\"grid2\">");
    int drawn = 0;
    for (String chart : charts) {
      if (!chart.isEmpty()) {
        out.append("<div>").append(chart).append("</div>");
        drawn++;
      }
    }
    out.append("</div>");
    if (drawn == 0) {
      out.setLength(0);
      out.append("<p class=\"unavailable\">The training log has no plottable values.</p>");
    }
    return out.append("<details><summary>All values (").append(curve.points().size())
        .append(curve.points().size() == 1 ? " point" : " points").append(")</summary>")
        .append(HtmlTable.render(ReportTables.learningCurve(curve), null)).append("</details>").toString();
  }

  private static List<SvgLineChart.Series> series(LearningCurve curve, List<String> fields) {
    return fields.stream().map(f -> new SvgLineChart.Series(f, curve.series(f))).toList();
  }

  private static String labelTable(LabelTable table) {
    String title = (table.title() == null ? "Per-label scores" : table.title())
        + (table.split() == null ? "" : " (" + table.split() + ")");
    List<SvgBarChart.Bar> bars = table.rows().stream()
        .map(r -> new SvgBarChart.Bar(r.label(), r.f1(), r.gold() == null ? "" : "n=" + Formats.count(r.gold())))
        .toList();
    return "<h3>" + HtmlText.escape(title) + "</h3><div class=\"chart-block\">"
        + SvgBarChart.render("F1 per label: " + title, "F1 (%)", bars) + "</div>"
        + "<details" + (table.rows().size() <= OPEN_TABLE_MAX_ROWS ? " open" : "")
        + "><summary>Precision, recall and counts</summary>"
        + HtmlTable.render(ReportTables.labels(table), null) + "</details>";
  }

  private static String confusion(ConfusionMatrix m) {
    StringBuilder out = new StringBuilder();
    if (m.title() != null || m.split() != null) {
      out.append("<h3>").append(HtmlText.escape((m.title() == null ? "Confusion matrix" : m.title())
          + (m.split() == null ? "" : " (" + m.split() + ")"))).append("</h3>");
    }
    out.append(SvgConfusionHeatMap.render(m));
    out.append("<p class=\"note\">Rows are gold labels, columns predictions; colour shows the share of the gold row"
        + " (blue: correct, red: errors). Hover a cell for its count.");
    int n = m.labels().size();
    if (n > SvgConfusionHeatMap.MAX_LABELS) {
      out.append(" Showing the ").append(SvgConfusionHeatMap.MAX_LABELS - 1).append(" most frequent of ")
          .append(n).append(" labels; the others are summed into one row and column.");
    }
    out.append("</p>");
    TextTable top = ReportTables.topConfusions(m, MarkdownReport.TOP_CONFUSIONS);
    if (!top.isEmpty()) {
      out.append("<details><summary>Most frequent errors</summary>").append(HtmlTable.render(top, null))
          .append("</details>");
    }
    return out.toString();
  }

  private static String buckets(LengthBuckets b) {
    String metric = b.metric() == null ? "Score" : b.metric().toUpperCase(Locale.ROOT);
    String title = metric + " by source length" + (b.split() == null ? "" : " (" + b.split() + ")");
    List<SvgBarChart.Bar> bars = b.buckets().stream()
        .map(x -> new SvgBarChart.Bar(x.label(), x.count() == 0 ? null : x.score(), "n=" + Formats.count(x.count())))
        .toList();
    return "<h3>" + HtmlText.escape(title) + "</h3><div class=\"chart-block\">"
        + SvgBarChart.render(title, metric, bars) + "</div><details><summary>Table</summary>"
        + HtmlTable.render(ReportTables.buckets(b), null) + "</details>";
  }
}
