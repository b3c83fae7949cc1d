package org.seq4j.eval.report;

import java.util.ArrayList;
import java.util.List;

/**
 * A confusion matrix: {@code counts.get(g).get(p)} is how often gold label {@code labels[g]} was
 * predicted as {@code labels[p]} (rows gold, columns predicted, same label order on both axes).
 * Stored as nested lists rather than {@code long[][]} so the record stays immutable and its JSON
 * form is a plain array of arrays.
 */
public record ConfusionMatrix(String title, String split, List<String> labels, List<List<Long>> counts) {

  private static final String OTHER_LABEL_PREFIX = "other (";
  private static final String OTHER_LABEL_SUFFIX = ")";

  public ConfusionMatrix {
    labels = Copies.list(labels);
    List<List<Long>> rows = new ArrayList<>();
    for (List<Long> row : Copies.list(counts)) {
      rows.add(Copies.list(row));
    }
    counts = List.copyOf(rows);
    if (counts.size() != labels.size()) {
      throw new IllegalArgumentException(
          "confusion matrix has " + counts.size() + " rows for " + labels.size() + " labels");
    }
    for (int i = 0; i < counts.size(); i++) {
      if (counts.get(i).size() != labels.size()) {
        throw new IllegalArgumentException(
            "confusion matrix row " + i + " has " + counts.get(i).size() + " columns for "
                + labels.size() + " labels");
      }
    }
  }

  /** Builds a matrix from a primitive array (rows gold, columns predicted). */
  public static ConfusionMatrix of(String title, String split, List<String> labels, long[][] counts) {
    List<List<Long>> rows = new ArrayList<>();
    for (long[] row : counts) {
      List<Long> r = new ArrayList<>();
      for (long c : row) {
        r.add(c);
      }
      rows.add(r);
    }
    return new ConfusionMatrix(title, split, labels, rows);
  }

  /**
   * A matrix with at most {@code maxLabels} labels, for display: when there are more, the
   * {@code maxLabels - 1} most frequent labels (gold plus predicted count) are kept in their
   * original order and all others are summed into one trailing "other" row and column, so the
   * total count is unchanged. A 50-tag XPOS matrix stays readable this way.
   */
  public ConfusionMatrix condensed(int maxLabels) {
    if (maxLabels < 2) {
      throw new IllegalArgumentException("maxLabels must be at least 2, got " + maxLabels);
    }
    int n = labels.size();
    if (n <= maxLabels) {
      return this;
    }
    int keep = maxLabels - 1;
    List<Integer> byFrequency = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      byFrequency.add(i);
    }
    byFrequency.sort((a, b) -> Long.compare(rowTotal(b) + columnTotal(b), rowTotal(a) + columnTotal(a)));
    boolean[] kept = new boolean[n];
    byFrequency.subList(0, keep).forEach(i -> kept[i] = true);
    int[] target = new int[n];
    List<String> newLabels = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      target[i] = kept[i] ? newLabels.size() : keep;
      if (kept[i]) {
        newLabels.add(labels.get(i));
      }
    }
    newLabels.add(OTHER_LABEL_PREFIX + (n - keep) + OTHER_LABEL_SUFFIX);
    long[][] merged = new long[maxLabels][maxLabels];
    for (int g = 0; g < n; g++) {
      for (int p = 0; p < n; p++) {
        merged[target[g]][target[p]] += count(g, p);
      }
    }
    return of(title, split, newLabels, merged);
  }

  public long count(int gold, int predicted) {
    return counts.get(gold).get(predicted);
  }

  public long rowTotal(int gold) {
    return counts.get(gold).stream().mapToLong(Long::longValue).sum();
  }

  public long columnTotal(int predicted) {
    long sum = 0;
    for (List<Long> row : counts) {
      sum += row.get(predicted);
    }
    return sum;
  }

  public long total() {
    long sum = 0;
    for (int i = 0; i < labels.size(); i++) {
      sum += rowTotal(i);
    }
    return sum;
  }
}
