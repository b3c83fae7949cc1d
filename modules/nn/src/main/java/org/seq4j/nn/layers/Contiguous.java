package org.seq4j.nn.layers;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.shape.Shape;

/** Row-major, densely strided arrays for BLAS calls: returns the array itself when it already is. */
final class Contiguous {

  private Contiguous() {}

  static INDArray of(INDArray array) {
    if (array.ordering() == 'c' && Shape.hasDefaultStridesForShape(array)) {
      return array;
    }
    return array.dup('c');
  }
}
