package org.seq4j.seq2seq.train;

import java.util.Arrays;
import java.util.List;

/** Source id rows padded to a common length (row-major), with their mask and lengths. */
record PaddedSources(int[] ids, float[] mask, int[] lengths, int steps) {
  static PaddedSources of(List<int[]> rows) {
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
}
