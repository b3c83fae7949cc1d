package org.seq4j.eval.report;

import java.util.List;
import java.util.Locale;

/**
 * The "best and worst sentences" part of the HTML report. Translation samples show source,
 * reference and hypothesis; tagging samples (source, gold and predicted tags with the same
 * number of tokens) are aligned token by token with wrong tags highlighted.
 */
final class HtmlSamples {
  private HtmlSamples() {}

  static String render(Samples samples, boolean tagging) {
    String metric = samples.metric() == null ? "score" : samples.metric();
    StringBuilder out = new StringBuilder("<div class=\"samples\">");
    column(out, "Best", "best", samples.best(), metric, tagging);
    column(out, "Worst", "worst", samples.worst(), metric, tagging);
    return out.append("</div>").toString();
  }

  private static void column(StringBuilder out, String title, String kind, List<SentenceScore> rows,
      String metric, boolean tagging) {
    out.append("<div><h3>").append(title).append(" sentences</h3>");
    if (rows.isEmpty()) {
      out.append("<p class=\"unavailable\">Not available.</p>");
    }
    for (SentenceScore s : rows) {
      out.append("<div class=\"sample ").append(kind).append("\"><div class=\"head\">");
      if (s.id() != null) {
        out.append("#").append(HtmlText.escape(s.id())).append(RunSummary.SEPARATOR);
      }
      out.append(HtmlText.escape(metric)).append(" <strong>").append(Formats.score(s.score()))
          .append("</strong></div>");
      String[] tokens = split(s.source());
      String[] gold = split(s.reference());
      String[] predicted = split(s.hypothesis());
      if (tagging && tokens.length > 0 && tokens.length == gold.length && gold.length == predicted.length) {
        tokenTable(out, tokens, gold, predicted);
      } else {
        out.append("<dl><dt>source</dt><dd>").append(HtmlText.escape(s.source())).append("</dd>")
            .append("<dt>reference</dt><dd>").append(HtmlText.escape(s.reference())).append("</dd>")
            .append("<dt>hypothesis</dt><dd>").append(HtmlText.escape(s.hypothesis())).append("</dd></dl>");
      }
      out.append("</div>");
    }
    out.append("</div>");
  }

  private static void tokenTable(StringBuilder out, String[] tokens, String[] gold, String[] predicted) {
    out.append("<div class=\"table-scroll\"><table class=\"tokens\"><tr><th>token</th>");
    for (String t : tokens) {
      out.append("<td>").append(HtmlText.escape(t)).append("</td>");
    }
    out.append("</tr><tr><th>gold</th>");
    for (String g : gold) {
      out.append("<td class=\"mono\">").append(HtmlText.escape(g)).append("</td>");
    }
    out.append("</tr><tr><th>predicted</th>");
    for (int i = 0; i < predicted.length; i++) {
      boolean miss = !predicted[i].equals(gold[i]);
      out.append("<td class=\"mono").append(miss ? " miss" : "").append("\">")
          .append(HtmlText.escape(predicted[i])).append("</td>");
    }
    out.append("</tr></table></div>");
  }

  private static String[] split(String text) {
    return text == null || text.isBlank() ? new String[0] : text.trim().split("\\s+");
  }

  /** Whether a report's samples are tag sequences (by task name or sentence metric). */
  static boolean isTagging(Report report, Samples samples) {
    String task = report.run() == null || report.run().task() == null ? "" : report.run().task().toLowerCase(Locale.ROOT);
    String metric = samples.metric() == null ? "" : samples.metric().toLowerCase(Locale.ROOT);
    return task.contains("tag") || task.contains("pos") || task.contains("ner")
        || metric.equals("accuracy") || metric.equals("f1");
  }
}
