package org.seq4j.seq2seq.model;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** Host id arrays to the time-major integer tensors the recurrent layers expect. */
final class TimeMajorIds {
  private TimeMajorIds() {}

  /** Row-major {@code [rows * steps]} ids to an int tensor {@code [steps, rows]}. */
  static INDArray of(int[] rowMajor, int rows, int steps) {
    int[] timeMajor = new int[rowMajor.length];
    for (int r = 0; r < rows; r++) {
      for (int t = 0; t < steps; t++) {
        timeMajor[t * rows + r] = rowMajor[r * steps + t];
      }
    }
    return Nd4j.createFromArray(timeMajor).reshape('c', steps, rows);
  }

  /** Row-major {@code [rows * steps]} 0/1 values as a {@code [rows, steps]} tensor. */
  static INDArray mask(float[] rowMajor, int rows, int steps, org.nd4j.linalg.api.buffer.DataType type) {
    return Nd4j.createFromArray(rowMajor).reshape('c', rows, steps).castTo(type);
  }
}
