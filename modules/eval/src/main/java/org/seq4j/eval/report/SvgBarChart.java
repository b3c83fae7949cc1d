package org.seq4j.eval.report;

import java.util.List;

/**
 * A horizontal bar chart as inline SVG: one row per label, bars from zero, the value printed at
 * the bar's end and an optional note (e.g. the support or the bucket size) after it. Horizontal
 * bars keep long or many labels (50 XPOS tags, length buckets) readable without rotating text.
 * A missing value is shown as "n/a" without a bar, never as a zero-length bar.
 */
final class SvgBarChart {

  /** One bar: label, value (null = missing) and a short note shown after the value. */
  record Bar(String label, Double value, String note) {}

  static final double WIDTH = 640;
  private static final double ROW_HEIGHT = 22;
  private static final double BAR_HEIGHT = 15;
  private static final double MARGIN_TOP = 10;
  private static final double AXIS_HEIGHT = 42;
  /** Width of a 12px label character, generous for upper-case tags (CCONJ, PROPN). */
  private static final double CHAR_WIDTH = 8.4;
  private static final double MIN_LABEL_WIDTH = 40;
  private static final int MAX_LABEL_CHARS = 22;
  private static final double VALUE_WIDTH = 130;
  private static final int TARGET_TICKS = 5;
  private static final double SCORE_SCALE_MAX = 100;

  private SvgBarChart() {}

  /**
   * The chart, or an empty string when there are no bars.
   *
   * @param valueTitle axis title, e.g. {@code F1 (%)}
   */
  static String render(String title, String valueTitle, List<Bar> bars) {
    if (bars.isEmpty()) {
      return "";
    }
    double maxValue = 0;
    int longest = 0;
    for (Bar bar : bars) {
      if (Formats.isFinite(bar.value())) {
        maxValue = Math.max(maxValue, bar.value());
      }
      longest = Math.max(longest, Math.min(MAX_LABEL_CHARS, bar.label().length()));
    }
    AxisScale axis = AxisScale.fromZero(maxValue, TARGET_TICKS);
    if (axis.max() > SCORE_SCALE_MAX && maxValue <= SCORE_SCALE_MAX) {
      axis = new AxisScale(0, SCORE_SCALE_MAX, axis.step());
    }
    double labelWidth = Math.max(MIN_LABEL_WIDTH, longest * CHAR_WIDTH + 12);
    double plotX = labelWidth;
    double plotW = WIDTH - labelWidth - VALUE_WIDTH;
    double plotH = bars.size() * ROW_HEIGHT;
    double height = MARGIN_TOP + plotH + AXIS_HEIGHT;

    SvgCanvas svg = new SvgCanvas(WIDTH, height, title);
    for (double t : axis.ticks()) {
      double x = plotX + plotW * axis.fraction(t);
      svg.line(x, MARGIN_TOP, x, MARGIN_TOP + plotH, "grid");
      svg.text(x, MARGIN_TOP + plotH + 16, axis.label(t), "middle", "tick");
    }
    svg.text(plotX + plotW / 2, height - 6, valueTitle, "middle", "axis-title");
    for (int i = 0; i < bars.size(); i++) {
      Bar bar = bars.get(i);
      double rowY = MARGIN_TOP + i * ROW_HEIGHT;
      double textY = rowY + ROW_HEIGHT / 2 + 4;
      svg.text(plotX - 8, textY, shorten(bar.label()), "end", "bar-label");
      String note = bar.note() == null || bar.note().isEmpty() ? "" : "  " + bar.note();
      String tooltip = bar.label() + ": " + Formats.score(bar.value()) + note;
      if (Formats.isFinite(bar.value())) {
        double w = plotW * axis.fraction(Math.max(0, bar.value()));
        svg.rect(plotX, rowY + (ROW_HEIGHT - BAR_HEIGHT) / 2, w, BAR_HEIGHT, ChartPalette.BAR, "bar", tooltip);
        svg.text(plotX + w + 6, textY, Formats.score(bar.value()) + note, "start", "bar-value");
      } else {
        svg.text(plotX + 6, textY, Formats.NOT_AVAILABLE + note, "start", "bar-value muted");
      }
    }
    svg.line(plotX, MARGIN_TOP, plotX, MARGIN_TOP + plotH, "axis");
    return svg.close();
  }

  private static String shorten(String label) {
    return label.length() <= MAX_LABEL_CHARS ? label : label.substring(0, MAX_LABEL_CHARS - 1) + "…";
  }
}
