package org.seq4j.recipe.prepare;

import java.util.Locale;
import java.util.Map;
import org.seq4j.recipe.section.DataSection;

/**
 * The human summary of a preparation (printed by the CLI, saved as summary.txt), rendered from the
 * same statistics map as stats.json ({@link PreparedStats}) so the two never disagree. Pure.
 */
public final class PreparationSummary {
  private static final double PERCENT = 100.0;
  /** stats.json's format of generated toy data, whose splits are generated rather than read. */
  private static final String GENERATED_FORMAT =
      DataSection.Format.TOY.name().toLowerCase(Locale.ROOT);
  /** Width of the "  OOV 12.34%" column. */
  private static final int OOV_WIDTH = "  OOV 12.34%".length();

  private PreparationSummary() {}

  @SuppressWarnings("unchecked")
  public static String render(Map<String, Object> stats) {
    StringBuilder out = new StringBuilder();
    boolean tagging = "tagging".equals(stats.get("task"));
    out.append(String.format(Locale.ROOT, "Prepared %s data (%s)%n", stats.get("task"), stats.get("format")));
    Map<String, Object> splits = (Map<String, Object>) stats.get(PreparedStats.SPLITS);
    Map<String, Object> batching = (Map<String, Object>) stats.get(PreparedStats.BATCHING);
    for (Map.Entry<String, Object> e : splits.entrySet()) {
      Map<String, Object> s = (Map<String, Object>) e.getValue();
      Map<String, Object> batches = (Map<String, Object>) batching.get(e.getKey());
      if (tagging) {
        String units = s.containsKey("words") ? "words" : "tokens";
        out.append(String.format(Locale.ROOT, "  %-5s %,9d sentences %,11d %s %,8d types%s  labels %d",
            e.getKey(), num(s.get("sentences")), num(s.get(units)), units, num(s.get("types")),
            oov(s.get("oov_token_rate")), num(s.get("labels"))));
      } else {
        out.append(String.format(Locale.ROOT, "  %-5s %,9d pairs  source %,10d tokens%s  target %,10d tokens%s",
            e.getKey(), num(s.get("pairs")), num(s.get("source_tokens")), oov(s.get("source_oov_token_rate")),
            num(s.get("target_tokens")), oov(s.get("target_oov_token_rate"))));
      }
      out.append(String.format(Locale.ROOT, "  %,d batches, padding efficiency %.1f%%%n",
          num(batches.get("batches")), PERCENT * ((Number) batches.get("padding_efficiency")).doubleValue()));
    }
    Map<String, Object> filtered = (Map<String, Object>) stats.get(PreparedStats.FILTERED);
    for (Map.Entry<String, Object> e : filtered.entrySet()) {
      Map<String, Object> report = (Map<String, Object>) e.getValue();
      Map<String, Object> dropped = (Map<String, Object>) report.get("dropped");
      long total = num(report.get("input")) - num(report.get("kept"));
      String origin = GENERATED_FORMAT.equals(stats.get("format")) ? "generated %,d for %s" : "read %,d from %s file";
      out.append(String.format(Locale.ROOT, "  " + origin + ", dropped %,d%s%n", num(report.get("input")),
          e.getKey(), total, total == 0 ? "" : " " + dropped));
    }
    out.append("  vocabulary: ").append(stats.get(PreparedStats.VOCABULARY)).append(System.lineSeparator());
    if (stats.containsKey("bpe")) {
      out.append("  bpe: ").append(stats.get("bpe")).append(System.lineSeparator());
    }
    return out.toString();
  }

  /**
   * "  OOV  1.23%" for a held-out split; blanks of the same width for train (which has no OOV rate
   * against itself), so the columns of all splits line up.
   */
  private static String oov(Object rate) {
    return rate == null ? " ".repeat(OOV_WIDTH)
        : String.format(Locale.ROOT, "  OOV %5.2f%%", PERCENT * ((Number) rate).doubleValue());
  }

  private static long num(Object o) {
    return ((Number) o).longValue();
  }
}
