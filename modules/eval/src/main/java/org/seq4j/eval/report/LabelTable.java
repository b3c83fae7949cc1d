package org.seq4j.eval.report;

import java.util.List;

/**
 * A per-label table: per UPOS tag, per entity type, ...
 *
 * @param title what the rows are, e.g. {@code UPOS per tag} or {@code entities per type}
 * @param split the data split it was computed on, e.g. {@code test}
 * @param rows one row per label, in the order to show them
 */
public record LabelTable(String title, String split, List<LabelScore> rows) {

  public LabelTable {
    rows = Copies.list(rows);
  }
}
