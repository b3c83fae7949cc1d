package org.seq4j.nn.layers;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

class RowArgMaxTest {

  @Test
  void matchesNd4jArgMaxIncludingTiesViewsAndDoubles() {
    INDArray scores = Nd4j.rand(Nd4j.getRandomFactory().getNewRandomInstance(4), new long[] {7, 300}).castTo(DataType.FLOAT);
    scores.putScalar(2, 10, 5f);
    scores.putScalar(2, 200, 5f);
    assertArrayEquals(scores.argMax(1).toIntVector(), RowArgMax.of(scores));
    assertArrayEquals(new int[] {10}, new int[] {RowArgMax.of(scores)[2]}, "first index on ties");
    INDArray transposedCopy = scores.transpose().dup().transpose();
    assertArrayEquals(scores.argMax(1).toIntVector(), RowArgMax.of(transposedCopy));
    assertArrayEquals(scores.argMax(1).toIntVector(), RowArgMax.of(scores.castTo(DataType.DOUBLE)));
  }
}
