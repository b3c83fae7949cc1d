package org.seq4j.nn.layers;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.shape.Shape;

/** Copies small integer index arrays (token ids, targets) to the host in one bulk read. */
final class IdArrays {

  private IdArrays() {}

  /** The values of {@code ids} (any shape, any numeric type) in C order, as ints. */
  static int[] flatten(INDArray ids) {
    if (ids.length() == 0) {
      return new int[0];
    }
    INDArray dense = ids.ordering() == 'c' && Shape.hasDefaultStridesForShape(ids) ? ids : ids.dup('c');
    return dense.reshape(ids.length()).toIntVector();
  }
}
