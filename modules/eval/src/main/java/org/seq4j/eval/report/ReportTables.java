package org.seq4j.eval.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns report sections into {@link TextTable}s: the one place that decides columns, order and
 * number formatting, shared by {@link MarkdownReport} and {@link HtmlReport}.
 */
final class ReportTables {
  private static final double PERCENT = 100.0;

  private ReportTables() {}

  /** Split | Metric | Score (| Signature when any metric has one). */
  static TextTable metrics(Report report) {
    boolean withSignatures = !report.signatures().isEmpty();
    List<String> header = new ArrayList<>(List.of("Split", "Metric", "Score"));
    List<Boolean> numeric = new ArrayList<>(List.of(false, false, true));
    if (withSignatures) {
      header.add("Signature");
      numeric.add(false);
    }
    List<List<String>> rows = new ArrayList<>();
    report.metrics().forEach((split, byMetric) -> byMetric.forEach((metric, value) -> {
      List<String> row = new ArrayList<>(List.of(split, metric, Formats.score(value)));
      if (withSignatures) {
        row.add(report.signatures().getOrDefault(metric, ""));
      }
      rows.add(row);
    }));
    return new TextTable(header, numeric, rows);
  }

  /** Stage | Seconds | Tokens/s, stages in order of first appearance, plus a total row. */
  static TextTable timing(Timing timing) {
    Set<String> stages = new LinkedHashSet<>(timing.stageSeconds().keySet());
    stages.addAll(timing.tokensPerSecond().keySet());
    List<List<String>> rows = new ArrayList<>();
    for (String stage : stages) {
      Double seconds = timing.stageSeconds().get(stage);
      Double tps = timing.tokensPerSecond().get(stage);
      rows.add(List.of(stage, Formats.fixed(seconds, Formats.SECONDS_DECIMALS),
          tps == null ? "" : Formats.number(Math.round(tps))));
    }
    if (timing.stageSeconds().size() > 1) {
      rows.add(List.of("total", Formats.fixed(timing.totalSeconds(), Formats.SECONDS_DECIMALS), ""));
    }
    return new TextTable(List.of("Stage", "Seconds", "Tokens/s"), List.of(false, true, true), rows);
  }

  /** One corpus table and its caption (empty for the whole statistics or the key/value rest). */
  record CorpusTable(String caption, TextTable table) {}

  /**
   * Corpus statistics as tables. A whole map of the common shape {@code {split: {statistic:
   * number}}} is one matrix with a row per split. Otherwise (stats.json: strings, several per-split
   * groups, nested details) every top-level entry of that shape becomes its own captioned matrix
   * (nested numbers inside a split's row become dotted columns, {@code dropped.too_long}, up to
   * {@value #MAX_MATRIX_COLUMNS} columns), and everything else is flattened to one Statistic |
   * Value table of dotted keys ({@code vocabulary.words}), last.
   */
  static List<CorpusTable> corpusTables(Map<String, Object> stats) {
    if (isSplitMatrix(stats)) {
      return List.of(new CorpusTable("", matrix(stats)));
    }
    List<CorpusTable> tables = new ArrayList<>();
    Map<String, Object> rest = new LinkedHashMap<>();
    stats.forEach((key, value) -> {
      Map<String, Object> rows = value instanceof Map<?, ?> ? flattenRows(asMap(value)) : null;
      if (rows != null && isSplitMatrix(rows) && columns(rows).size() <= MAX_MATRIX_COLUMNS) {
        tables.add(new CorpusTable(caption(key), matrix(rows)));
      } else {
        rest.put(key, value);
      }
    });
    if (!rest.isEmpty()) {
      Map<String, String> flat = new LinkedHashMap<>();
      flatten("", rest, flat);
      List<List<String>> rows = new ArrayList<>();
      flat.forEach((k, v) -> rows.add(List.of(k, v)));
      tables.add(new CorpusTable("", new TextTable(List.of("Statistic", "Value"), List.of(false, true), rows)));
    }
    return tables;
  }

  /** Widest per-split matrix shown as a table; wider groups (histograms) are listed as key/value. */
  static final int MAX_MATRIX_COLUMNS = 12;

  private static String caption(String key) {
    String words = key.replace('_', ' ');
    return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }

  /** Each row's nested maps flattened to dotted keys; null when some row is not a map. */
  private static Map<String, Object> flattenRows(Map<String, Object> rows) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (Map.Entry<String, Object> row : rows.entrySet()) {
      if (!(row.getValue() instanceof Map<?, ?>)) {
        return null;
      }
      Map<String, Object> cells = new LinkedHashMap<>();
      flattenCells("", asMap(row.getValue()), cells);
      out.put(row.getKey(), cells);
    }
    return out;
  }

  private static void flattenCells(String prefix, Map<String, Object> map, Map<String, Object> out) {
    map.forEach((k, v) -> {
      String key = prefix.isEmpty() ? k : prefix + "." + k;
      if (v instanceof Map<?, ?>) {
        flattenCells(key, asMap(v), out);
      } else {
        out.put(key, v);
      }
    });
  }

  /**
   * The union of the rows' keys, each row's order kept: a key only some rows have (the OOV rate
   * of dev and test, not train) goes right after the key that precedes it in those rows, not to
   * the end of the table.
   */
  private static Set<String> columns(Map<String, Object> rows) {
    List<String> columns = new ArrayList<>();
    for (Object row : rows.values()) {
      int insertAt = 0;
      for (String key : asMap(row).keySet()) {
        int existing = columns.indexOf(key);
        if (existing >= 0) {
          insertAt = existing + 1;
        } else {
          columns.add(insertAt++, key);
        }
      }
    }
    return new LinkedHashSet<>(columns);
  }

  /** Split | statistic... with one row per split. */
  private static TextTable matrix(Map<String, Object> stats) {
    Set<String> columns = columns(stats);
    List<String> header = new ArrayList<>(List.of("Split"));
    header.addAll(columns);
    List<Boolean> numeric = new ArrayList<>(List.of(false));
    columns.forEach(c -> numeric.add(true));
    List<List<String>> rows = new ArrayList<>();
    stats.forEach((split, value) -> {
      List<String> row = new ArrayList<>(List.of(split));
      Map<String, Object> inner = asMap(value);
      for (String column : columns) {
        Object cell = inner.get(column);
        row.add(cell == null ? "" : Formats.number((Number) cell));
      }
      rows.add(row);
    });
    return new TextTable(header, numeric, rows);
  }

  private static boolean isSplitMatrix(Map<String, Object> stats) {
    if (stats.isEmpty()) {
      return false;
    }
    for (Object value : stats.values()) {
      if (!(value instanceof Map<?, ?> inner) || inner.isEmpty()) {
        return false;
      }
      for (Object cell : inner.values()) {
        if (!(cell instanceof Number)) {
          return false;
        }
      }
    }
    return true;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> asMap(Object value) {
    return (Map<String, Object>) value;
  }

  private static void flatten(String prefix, Object value, Map<String, String> out) {
    if (value instanceof Map<?, ?> map) {
      map.forEach((k, v) -> flatten(prefix.isEmpty() ? String.valueOf(k) : prefix + "." + k, v, out));
    } else if (value instanceof List<?> list) {
      for (int i = 0; i < list.size(); i++) {
        flatten(prefix + "[" + i + "]", list.get(i), out);
      }
    } else if (value instanceof Number number) {
      out.put(prefix, Formats.number(number));
    } else {
      out.put(prefix, String.valueOf(value));
    }
  }

  /** Label | Precision | Recall | F1, plus Gold/Found/Correct columns that any row has. */
  static TextTable labels(LabelTable table) {
    boolean gold = table.rows().stream().anyMatch(r -> r.gold() != null);
    boolean found = table.rows().stream().anyMatch(r -> r.found() != null);
    boolean correct = table.rows().stream().anyMatch(r -> r.correct() != null);
    List<String> header = new ArrayList<>(List.of("Label", "Precision", "Recall", "F1"));
    if (gold) {
      header.add("Gold (support)");
    }
    if (found) {
      header.add("Found");
    }
    if (correct) {
      header.add("Correct");
    }
    List<Boolean> numeric = new ArrayList<>(Collections.nCopies(header.size(), true));
    numeric.set(0, false);
    List<List<String>> rows = new ArrayList<>();
    for (LabelScore r : table.rows()) {
      List<String> row = new ArrayList<>(List.of(r.label(), Formats.score(r.precision()),
          Formats.score(r.recall()), Formats.score(r.f1())));
      if (gold) {
        row.add(Formats.count(r.gold()));
      }
      if (found) {
        row.add(Formats.count(r.found()));
      }
      if (correct) {
        row.add(Formats.count(r.correct()));
      }
      rows.add(row);
    }
    return new TextTable(header, numeric, rows);
  }

  /** Bucket | Sentences | score. */
  static TextTable buckets(LengthBuckets buckets) {
    List<List<String>> rows = new ArrayList<>();
    for (LengthBucket b : buckets.buckets()) {
      rows.add(List.of(b.label(), Formats.count(b.count()), Formats.score(b.score())));
    }
    String metric = buckets.metric() == null ? "Score" : buckets.metric().toUpperCase(Locale.ROOT);
    return new TextTable(List.of("Source length", "Sentences", metric), List.of(false, true, true), rows);
  }

  /** The {@code k} largest off-diagonal cells: Gold | Predicted | Count | % of gold. */
  static TextTable topConfusions(ConfusionMatrix m, int k) {
    record Cell(int gold, int predicted, long count) {}
    List<Cell> cells = new ArrayList<>();
    for (int g = 0; g < m.labels().size(); g++) {
      for (int p = 0; p < m.labels().size(); p++) {
        if (g != p && m.count(g, p) > 0) {
          cells.add(new Cell(g, p, m.count(g, p)));
        }
      }
    }
    cells.sort((a, b) -> Long.compare(b.count(), a.count()));
    List<List<String>> rows = new ArrayList<>();
    for (Cell c : cells.subList(0, Math.min(k, cells.size()))) {
      long rowTotal = m.rowTotal(c.gold());
      rows.add(List.of(m.labels().get(c.gold()), m.labels().get(c.predicted()), Formats.count(c.count()),
          Formats.fixed(PERCENT * c.count() / rowTotal, 1)));
    }
    return new TextTable(List.of("Gold", "Predicted", "Count", "% of gold"), List.of(false, false, true, true), rows);
  }

  /** One row per significance test. */
  static TextTable significance(List<SignificanceResult> results) {
    List<List<String>> rows = new ArrayList<>();
    for (SignificanceResult r : results) {
      rows.add(List.of(nullToEmpty(r.metric()), nullToEmpty(r.systemA()), Formats.score(r.scoreA()),
          interval(r.intervalA()), nullToEmpty(r.systemB()), Formats.score(r.scoreB()), interval(r.intervalB()),
          Formats.fixed(r.pValue(), Formats.P_VALUE_DECIMALS),
          r.resamples() == null ? "" : Formats.count(r.resamples().longValue()),
          r.confidence() == null ? "" : Formats.number(r.confidence() * PERCENT) + "%"));
    }
    return new TextTable(
        List.of("Metric", "System A", "Score A", "CI A", "System B", "Score B", "CI B", "p-value", "Resamples", "Confidence"),
        List.of(false, false, true, true, false, true, true, true, true, true), rows);
  }

  private static String interval(Interval i) {
    return i == null ? "" : "[" + Formats.score(i.low()) + ", " + Formats.score(i.high()) + "]";
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }

  /** Every learning-curve point with all its fields. */
  static TextTable learningCurve(LearningCurve curve) {
    List<String> fields = new ArrayList<>(curve.fields());
    List<List<String>> rows = new ArrayList<>();
    for (Map<String, Double> point : curve.points()) {
      List<String> row = new ArrayList<>();
      for (String f : fields) {
        Double v = point.get(f);
        row.add(v == null ? "" : Formats.number(v));
      }
      rows.add(row);
    }
    return new TextTable(fields, Collections.nCopies(fields.size(), true), rows);
  }
}
