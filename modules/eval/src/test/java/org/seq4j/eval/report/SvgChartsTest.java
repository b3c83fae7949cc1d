package org.seq4j.eval.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

/** SVG output is well-formed XML and handles the edge cases real runs produce. */
class SvgChartsTest {

  static Document parse(String svg) throws Exception {
    return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
  }

  static int count(String svg, String element) {
    return svg.split("<" + element + "[ >]", -1).length - 1;
  }

  @Test
  void lineChartWithOneEpochDrawsADotAndAxes() throws Exception {
    String svg = SvgLineChart.render("Loss", "epoch", "loss", List.of(1.0),
        List.of(new SvgLineChart.Series("train_loss", List.of(0.7))));
    parse(svg);
    assertEquals(1, count(svg, "circle"));
    assertEquals(0, count(svg, "polyline"), "a single point has no line");
    assertTrue(count(svg, "text") > 4, "axis ticks and titles");
    assertFalse(svg.contains("NaN") || svg.contains("Infinity"), svg);
  }

  @Test
  void missingAndNaNValuesBreakTheLineInsteadOfDrawingZero() throws Exception {
    List<Double> xs = List.of(1.0, 2.0, 3.0, 4.0, 5.0);
    List<Double> ys = Arrays.asList(1.0, 0.8, null, Double.NaN, 0.4);
    List<Double> ys2 = Arrays.asList(0.5, 0.6, 0.7, 0.8, 0.9);
    String svg = SvgLineChart.render("Loss", "epoch", "loss", xs,
        List.of(new SvgLineChart.Series("a", ys), new SvgLineChart.Series("b", ys2)));
    parse(svg);
    assertEquals(2, count(svg, "polyline"), "one segment for a, one for b (a's last point is alone)");
    assertEquals(3 + 5, count(svg, "circle"));
    assertFalse(svg.contains("NaN"));
  }

  @Test
  void lineChartWithoutAnyValueIsEmpty() {
    assertEquals("", SvgLineChart.render("x", "epoch", "y", List.of(1.0, 2.0),
        List.of(new SvgLineChart.Series("a", Arrays.asList(null, Double.NaN)))));
    assertEquals("", SvgLineChart.render("x", "epoch", "y", List.of(), List.of()));
  }

  @Test
  void constantSeriesStillHasARange() throws Exception {
    String svg = SvgLineChart.render("acc", "epoch", "score", List.of(1.0, 2.0, 3.0),
        List.of(new SvgLineChart.Series("dev_accuracy", List.of(90.0, 90.0, 90.0))));
    parse(svg);
    for (double y : attributeValues(svg, "cy")) {
      assertTrue(Double.isFinite(y));
    }
  }

  @Test
  void manySeriesWrapTheLegendWithinTheChart() throws Exception {
    List<SvgLineChart.Series> series = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      series.add(new SvgLineChart.Series("dev_metric_with_long_name_" + i, List.of(1.0 + i, 2.0 + i)));
    }
    String svg = SvgLineChart.render("m", "epoch", "score", List.of(1.0, 2.0), series);
    parse(svg);
    for (double x : attributeValues(svg, "x")) {
      assertTrue(x < SvgLineChart.WIDTH, "text starts inside the chart: " + x);
    }
  }

  @Test
  void barChartShowsMissingValuesAsNotAvailableAndZeroAsZero() throws Exception {
    String svg = SvgBarChart.render("F1", "F1 (%)", List.of(
        new SvgBarChart.Bar("NOUN", 95.5, "n=10"),
        new SvgBarChart.Bar("X", null, "n=0"),
        new SvgBarChart.Bar("SYM", 0.0, "n=3"),
        new SvgBarChart.Bar("<b>&", 50.0, null)));
    parse(svg);
    assertEquals(3, count(svg, "rect"), "no bar for the missing value");
    assertTrue(svg.contains(">n/a  n=0<"), svg);
    assertTrue(svg.contains("&lt;b&gt;&amp;"), "labels are escaped");
    assertEquals("", SvgBarChart.render("F1", "F1", List.of()));
  }

  @Test
  void barLabelsAreShortenedButKeptInTooltips() throws Exception {
    String label = "a-really-long-bucket-label-that-goes-on";
    String svg = SvgBarChart.render("B", "BLEU", List.of(new SvgBarChart.Bar(label, 12.0, "n=1")));
    parse(svg);
    assertTrue(svg.contains("…"));
    assertTrue(svg.contains("<title>" + label + ": 12.00  n=1</title>"));
  }

  @Test
  void heatMapHandlesZeroRowsAndEscapesLabels() throws Exception {
    ConfusionMatrix m = ConfusionMatrix.of("c", "test", List.of("A", "B<", "C"),
        new long[][] {{5, 1, 0}, {0, 0, 0}, {0, 2, 7}});
    String svg = SvgConfusionHeatMap.render(m);
    parse(svg);
    assertEquals(9, count(svg, "rect"), "one cell per pair");
    assertTrue(svg.contains("B&lt;"));
    assertTrue(svg.contains("gold B&lt; → predicted A: 0</title>"), "zero row has no percentage");
    assertEquals("", SvgConfusionHeatMap.render(new ConfusionMatrix(null, null, List.of(), List.of())));
  }

  @Test
  void heatMapCondensesFiftyLabels() throws Exception {
    Report xpos = ReportFixtures.xpos(50);
    String svg = SvgConfusionHeatMap.render(xpos.confusionMatrices().get(0));
    parse(svg);
    assertEquals(SvgConfusionHeatMap.MAX_LABELS * SvgConfusionHeatMap.MAX_LABELS, count(svg, "rect"));
    assertTrue(svg.contains("other (31)"));
  }

  @Test
  void compactCountsAndColourMix() {
    assertEquals("9999", SvgConfusionHeatMap.compact(9999));
    assertEquals("12k", SvgConfusionHeatMap.compact(12_345));
    assertEquals("3.4M", SvgConfusionHeatMap.compact(3_400_000));
    assertEquals("#ffffff", SvgConfusionHeatMap.mix(new int[] {0, 0, 0}, 0));
    assertEquals("#000000", SvgConfusionHeatMap.mix(new int[] {0, 0, 0}, 1.5));
  }

  private static List<Double> attributeValues(String svg, String attribute) {
    List<Double> values = new ArrayList<>();
    Matcher m = Pattern.compile(" " + attribute + "=\"([-0-9.]+)\"").matcher(svg);
    while (m.find()) {
      values.add(Double.parseDouble(m.group(1)));
    }
    return values;
  }
}
