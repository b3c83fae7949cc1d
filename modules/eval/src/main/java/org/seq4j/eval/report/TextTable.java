package org.seq4j.eval.report;

import java.util.List;

/**
 * A table of already formatted cells, built once from report data and rendered by both the
 * Markdown and the HTML report (so both show the same numbers with the same rounding).
 *
 * @param header column titles
 * @param numeric per column: right-align (numbers)
 * @param rows cell text, one list per row, each as long as the header
 */
record TextTable(List<String> header, List<Boolean> numeric, List<List<String>> rows) {

  TextTable {
    header = List.copyOf(header);
    numeric = List.copyOf(numeric);
    rows = rows.stream().map(List::copyOf).toList();
    if (numeric.size() != header.size()) {
      throw new IllegalArgumentException("numeric flags do not match header");
    }
    for (List<String> row : rows) {
      if (row.size() != header.size()) {
        throw new IllegalArgumentException("row has " + row.size() + " cells for " + header.size() + " columns");
      }
    }
  }

  boolean isEmpty() {
    return rows.isEmpty();
  }
}
