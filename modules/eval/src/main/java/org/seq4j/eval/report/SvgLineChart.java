package org.seq4j.eval.report;

import java.util.ArrayList;
import java.util.List;

/**
 * A line chart as inline SVG: shared x values, one or more named series, axes with nice ticks,
 * axis titles and a legend. Missing values (null or non-finite) break a line into segments rather
 * than being drawn as zero; every point also gets a dot, so a single epoch or an isolated value
 * is still visible. Each dot carries a {@code <title>} tooltip with its exact value (no script).
 */
final class SvgLineChart {

  /** One named series of y values, aligned with the chart's x values (null = missing). */
  record Series(String name, List<Double> values) {}

  static final double WIDTH = 520;
  static final double PLOT_HEIGHT = 220;
  private static final double MARGIN_LEFT = 64;
  private static final double MARGIN_RIGHT = 20;
  private static final double LEGEND_TOP = 10;
  private static final double LEGEND_ROW_HEIGHT = 18;
  private static final double PLOT_GAP_BELOW_LEGEND = 16;
  private static final double MARGIN_BOTTOM = 52;
  private static final int TARGET_TICKS = 5;
  private static final double DOT_RADIUS = 3.2;
  private static final double LEGEND_SWATCH = 14;
  private static final double LEGEND_CHAR_WIDTH = 7.2;
  private static final double LEGEND_GAP = 22;

  private SvgLineChart() {}

  /**
   * The chart, or an empty string when no series has a single finite value (the caller then
   * says "not available").
   */
  static String render(String title, String xTitle, String yTitle, List<Double> xs, List<Series> series) {
    double xLow = Double.POSITIVE_INFINITY, xHigh = Double.NEGATIVE_INFINITY;
    double yLow = Double.POSITIVE_INFINITY, yHigh = Double.NEGATIVE_INFINITY;
    for (Series s : series) {
      for (int i = 0; i < Math.min(xs.size(), s.values().size()); i++) {
        Double x = xs.get(i), y = s.values().get(i);
        if (Formats.isFinite(x) && Formats.isFinite(y)) {
          xLow = Math.min(xLow, x);
          xHigh = Math.max(xHigh, x);
          yLow = Math.min(yLow, y);
          yHigh = Math.max(yHigh, y);
        }
      }
    }
    if (xLow > xHigh) {
      return "";
    }
    AxisScale xAxis = AxisScale.covering(xLow, xHigh, TARGET_TICKS);
    AxisScale yAxis = yLow >= 0 && yLow < (yHigh - yLow) ? AxisScale.fromZero(yHigh, TARGET_TICKS)
        : AxisScale.covering(yLow, yHigh, TARGET_TICKS);
    double plotW = WIDTH - MARGIN_LEFT - MARGIN_RIGHT;
    // Legend items flow left to right and wrap; the plot starts below the last legend row.
    double[][] legend = new double[series.size()][];
    double legendX = MARGIN_LEFT, legendRow = 0;
    for (int s = 0; s < series.size(); s++) {
      double itemWidth = LEGEND_SWATCH + 5 + series.get(s).name().length() * LEGEND_CHAR_WIDTH;
      if (legendX > MARGIN_LEFT && legendX + itemWidth > WIDTH - MARGIN_RIGHT) {
        legendX = MARGIN_LEFT;
        legendRow++;
      }
      legend[s] = new double[] {legendX, LEGEND_TOP + legendRow * LEGEND_ROW_HEIGHT};
      legendX += itemWidth + LEGEND_GAP;
    }
    double plotTop = LEGEND_TOP + (legendRow + 1) * LEGEND_ROW_HEIGHT + PLOT_GAP_BELOW_LEGEND;
    double height = plotTop + PLOT_HEIGHT + MARGIN_BOTTOM;
    double plotH = PLOT_HEIGHT;

    SvgCanvas svg = new SvgCanvas(WIDTH, height, title);
    for (double t : yAxis.ticks()) {
      double y = plotTop + plotH * (1 - yAxis.fraction(t));
      svg.line(MARGIN_LEFT, y, MARGIN_LEFT + plotW, y, "grid");
      svg.text(MARGIN_LEFT - 8, y + 4, yAxis.label(t), "end", "tick");
    }
    for (double t : xAxis.ticks()) {
      double x = MARGIN_LEFT + plotW * xAxis.fraction(t);
      svg.line(x, plotTop + plotH, x, plotTop + plotH + 5, "axis");
      svg.text(x, plotTop + plotH + 19, xAxis.label(t), "middle", "tick");
    }
    svg.line(MARGIN_LEFT, plotTop + plotH, MARGIN_LEFT + plotW, plotTop + plotH, "axis");
    svg.line(MARGIN_LEFT, plotTop, MARGIN_LEFT, plotTop + plotH, "axis");
    svg.text(MARGIN_LEFT + plotW / 2, height - 10, xTitle, "middle", "axis-title");
    double yTitleX = 16, yTitleY = plotTop + plotH / 2;
    svg.text(yTitleX, yTitleY, yTitle, "middle", "axis-title",
        "rotate(-90 " + SvgCanvas.n(yTitleX) + " " + SvgCanvas.n(yTitleY) + ")");

    for (int s = 0; s < series.size(); s++) {
      Series one = series.get(s);
      String color = ChartPalette.series(s);
      drawSeries(svg, one, color, xs, xAxis, yAxis, plotW, plotH, plotTop);
      svg.rect(legend[s][0], legend[s][1] + 5, LEGEND_SWATCH, 4, color, null, null);
      svg.text(legend[s][0] + LEGEND_SWATCH + 5, legend[s][1] + 10, one.name(), "start", "legend");
    }
    return svg.close();
  }

  private static void drawSeries(SvgCanvas svg, Series series, String color, List<Double> xs,
      AxisScale xAxis, AxisScale yAxis, double plotW, double plotH, double top) {
    List<double[]> segments = new ArrayList<>();
    List<Double> current = new ArrayList<>();
    int n = Math.min(xs.size(), series.values().size());
    for (int i = 0; i < n; i++) {
      Double x = xs.get(i), y = series.values().get(i);
      if (Formats.isFinite(x) && Formats.isFinite(y)) {
        double px = MARGIN_LEFT + plotW * xAxis.fraction(x);
        double py = top + plotH * (1 - yAxis.fraction(y));
        current.add(px);
        current.add(py);
      } else {
        flush(segments, current);
      }
    }
    flush(segments, current);
    for (double[] segment : segments) {
      if (segment.length >= 4) {
        svg.polyline(segment, color);
      }
    }
    for (int i = 0; i < n; i++) {
      Double x = xs.get(i), y = series.values().get(i);
      if (Formats.isFinite(x) && Formats.isFinite(y)) {
        svg.circle(MARGIN_LEFT + plotW * xAxis.fraction(x), top + plotH * (1 - yAxis.fraction(y)),
            DOT_RADIUS, color, series.name() + " at " + Formats.number(x) + ": " + Formats.number(y));
      }
    }
  }

  private static void flush(List<double[]> segments, List<Double> current) {
    if (!current.isEmpty()) {
      segments.add(current.stream().mapToDouble(Double::doubleValue).toArray());
      current.clear();
    }
  }
}
