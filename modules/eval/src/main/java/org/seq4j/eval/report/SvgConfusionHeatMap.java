package org.seq4j.eval.report;

import java.util.Locale;

/**
 * A confusion matrix as an SVG heat map: rows gold, columns predicted. A cell's colour shows the
 * fraction of its gold row (so rare and frequent tags are equally readable): blue on the
 * diagonal (correct), red off it (errors). Errors use a square-root scale so that a 2% confusion
 * is still visible next to a 95% diagonal. Zero cells stay blank. Counts are printed inside the
 * cells and every cell has a tooltip with count and row percentage. Matrices with more than
 * {@link #MAX_LABELS} labels are condensed first (see {@link ConfusionMatrix#condensed}).
 */
final class SvgConfusionHeatMap {

  static final int MAX_LABELS = 20;
  private static final double CELL = 34;
  private static final double LABEL_CHAR_WIDTH = 6.6;
  private static final double LABEL_PADDING = 30;
  private static final double MIN_LABEL_SPACE = 60;
  private static final double MARGIN = 12;
  private static final double TITLE_SPACE = 20;
  private static final int[] WHITE = {255, 255, 255};
  private static final int[] CORRECT = {33, 86, 140};
  private static final int[] ERROR = {200, 45, 60};
  private static final String ZERO_FILL = "#f6f7f9";
  /** Above this colour intensity the count is printed in white. */
  private static final double DARK_CELL = 0.55;
  private static final long THOUSAND = 1_000;
  private static final long TEN_THOUSAND = 10_000;
  private static final long MILLION = 1_000_000;
  private static final double PERCENT = 100.0;

  private SvgConfusionHeatMap() {}

  /** The heat map, or an empty string for a matrix without labels. */
  static String render(ConfusionMatrix full) {
    if (full.labels().isEmpty()) {
      return "";
    }
    ConfusionMatrix m = full.condensed(MAX_LABELS);
    int n = m.labels().size();
    int longest = m.labels().stream().mapToInt(String::length).max().orElse(1);
    double labelSpace = Math.max(MIN_LABEL_SPACE, longest * LABEL_CHAR_WIDTH + LABEL_PADDING);
    double left = MARGIN + TITLE_SPACE + labelSpace;
    double top = MARGIN + TITLE_SPACE + labelSpace;
    // Column labels are rotated by 60 degrees, so the last one reaches half its length to the right.
    double width = left + n * CELL + Math.max(MARGIN, longest * LABEL_CHAR_WIDTH / 2);
    double height = top + n * CELL + MARGIN;
    String title = (m.title() == null ? "Confusion matrix" : m.title())
        + (m.split() == null ? "" : " (" + m.split() + ")");
    SvgCanvas svg = new SvgCanvas(width, height, title);

    svg.text(left + n * CELL / 2, MARGIN + 12, "predicted →", "middle", "axis-title");
    double gx = MARGIN + 10, gy = top + n * CELL / 2;
    svg.text(gx, gy, "← gold", "middle", "axis-title",
        "rotate(-90 " + SvgCanvas.n(gx) + " " + SvgCanvas.n(gy) + ")");
    for (int i = 0; i < n; i++) {
      String label = m.labels().get(i);
      svg.text(left - 6, top + i * CELL + CELL / 2 + 4, label, "end", "cell-label");
      double cx = left + i * CELL + CELL / 2 + 4, cy = top - 6;
      svg.text(cx, cy, label, "start", "cell-label",
          "rotate(-60 " + SvgCanvas.n(cx) + " " + SvgCanvas.n(cy) + ")");
    }
    for (int g = 0; g < n; g++) {
      long rowTotal = m.rowTotal(g);
      for (int p = 0; p < n; p++) {
        long count = m.count(g, p);
        double x = left + p * CELL, y = top + g * CELL;
        String tooltip = "gold " + m.labels().get(g) + " → predicted " + m.labels().get(p) + ": "
            + Formats.count(count)
            + (rowTotal > 0 ? String.format(Locale.ROOT, " (%.1f%% of gold %s)", PERCENT * count / rowTotal, m.labels().get(g)) : "");
        if (count == 0) {
          svg.rect(x, y, CELL, CELL, ZERO_FILL, "cell", tooltip);
          continue;
        }
        double fraction = (double) count / rowTotal;
        double intensity = g == p ? fraction : Math.sqrt(fraction);
        String fill = mix(g == p ? CORRECT : ERROR, intensity);
        svg.rect(x, y, CELL, CELL, fill, "cell", tooltip);
        svg.centeredText(x + CELL / 2, y + CELL / 2 + 4, compact(count),
            intensity > DARK_CELL ? "cell-count on-dark" : "cell-count");
      }
    }
    return svg.close();
  }

  /** Linear blend from white to {@code color} by {@code t} in [0, 1], as #rrggbb. */
  static String mix(int[] color, double t) {
    double c = Math.max(0, Math.min(1, t));
    int r = (int) Math.round(WHITE[0] + (color[0] - WHITE[0]) * c);
    int g = (int) Math.round(WHITE[1] + (color[1] - WHITE[1]) * c);
    int b = (int) Math.round(WHITE[2] + (color[2] - WHITE[2]) * c);
    return String.format(Locale.ROOT, "#%02x%02x%02x", r, g, b);
  }

  /** Counts that fit a cell: 1234, 12k, 3.4M. */
  static String compact(long count) {
    if (count < TEN_THOUSAND) {
      return Long.toString(count);
    }
    if (count < MILLION) {
      return (count / THOUSAND) + "k";
    }
    return String.format(Locale.ROOT, "%.1fM", (double) count / MILLION);
  }
}
