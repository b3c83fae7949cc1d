package org.seq4j.seq2seq.model;

import java.util.Arrays;
import java.util.List;

/**
 * Source id rows padded to a common length (row-major), with their mask and lengths: the arguments
 * of {@link Seq2SeqNetwork#encode}.
 *
 * @param ids row-major {@code [rows * steps]}, padding {@code 0}
 * @param mask row-major {@code [rows * steps]}, 1 real, 0 padding
 * @param lengths real length per row
 * @param steps the longest length (at least 1)
 */
public record PaddedSources(int[] ids, float[] mask, int[] lengths, int steps) {
  /** Pads {@code rows} (not modified) to the longest of them. */
  public static PaddedSources of(List<int[]> rows) {
    int steps = 1;
    for (int[] row : rows) {
      steps = Math.max(steps, row.length);
    }
    int[] ids = new int[rows.size() * steps];
    float[] mask = new float[rows.size() * steps];
    int[] lengths = new int[rows.size()];
    for (int r = 0; r < rows.size(); r++) {
      int[] row = rows.get(r);
      System.arraycopy(row, 0, ids, r * steps, row.length);
      Arrays.fill(mask, r * steps, r * steps + row.length, 1f);
      lengths[r] = row.length;
    }
    return new PaddedSources(ids, mask, lengths, steps);
  }

  /** Number of rows. */
  public int rows() {
    return lengths.length;
  }
}
