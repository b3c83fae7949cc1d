package org.seq4j.eval.report;

import java.util.List;

/**
 * Colours for charts: the Tableau 10 palette, distinguishable for most colour-vision
 * deficiencies and readable on white. Series beyond ten reuse colours in order.
 */
final class ChartPalette {
  static final List<String> SERIES =
      List.of("#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1",
          "#ff9da7", "#9c755f", "#bab0ac");
  static final String BAR = "#4e79a7";

  private ChartPalette() {}

  static String series(int index) {
    return SERIES.get(index % SERIES.size());
  }
}
