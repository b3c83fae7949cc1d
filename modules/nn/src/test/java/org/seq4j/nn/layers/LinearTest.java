package org.seq4j.nn.layers;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.rng.Random;
import org.nd4j.linalg.factory.Nd4j;

class LinearTest {

  private final Random rng = Nd4j.getRandomFactory().getNewRandomInstance(11);
  private final Linear linear = Linear.create("out", 4, 3, DataType.DOUBLE, 5);
  private final INDArray input = Nd4j.randn(rng, 2, 5, 4).castTo(DataType.DOUBLE);
  private final INDArray probe = Nd4j.randn(rng, 2, 5, 3).castTo(DataType.DOUBLE);

  @Test
  void forwardIsAffineMapOfEachRow() {
    INDArray out = linear.forward(input);
    assertArrayEquals(new long[] {2, 5, 3}, out.shape());
    INDArray row = input.get(org.nd4j.linalg.indexing.NDArrayIndex.point(1), org.nd4j.linalg.indexing.NDArrayIndex.point(2), org.nd4j.linalg.indexing.NDArrayIndex.all()).reshape(1, 4);
    INDArray expected = row.mmul(linear.weight().value()).addRowVector(linear.bias().value());
    for (int j = 0; j < 3; j++) {
      assertEquals(expected.getDouble(0, j), out.getDouble(1, 2, j), 1e-12);
    }
  }

  @Test
  void gradientsMatchFiniteDifferences() {
    INDArray original = input.dup();
    INDArray gradInput = linear.backward(input, probe);
    assertEquals(original, input, "backward does not modify its input");
    java.util.function.DoubleSupplier loss = () -> linear.forward(input).mul(probe).sumNumber().doubleValue();
    FiniteDifferences.check("W", linear.weight().value(), linear.weight().gradient(), loss);
    FiniteDifferences.check("b", linear.bias().value(), linear.bias().gradient(), loss);
    FiniteDifferences.check("x", input, gradInput, loss);
  }

  /** FLOAT writes the bias rows first and adds the product (BiasRows): same map, in chunks of rows. */
  @Test
  void floatForwardMatchesTheDoubleMap() {
    for (int rows : new int[] {1, 7, 5000}) {
      Linear doubles = Linear.create("d", 4, 3, DataType.DOUBLE, 9);
      Linear floats = new Linear(org.seq4j.nn.param.Parameter.of("f.W", doubles.weight().value().castTo(DataType.FLOAT)),
          org.seq4j.nn.param.Parameter.of("f.b", doubles.bias().value().castTo(DataType.FLOAT)));
      INDArray x = Nd4j.randn(rng, rows, 4).castTo(DataType.DOUBLE);
      INDArray expected = doubles.forward(x);
      INDArray actual = floats.forward(x.castTo(DataType.FLOAT)).castTo(DataType.DOUBLE);
      assertEquals(0.0, expected.sub(actual).amaxNumber().doubleValue(), 1e-5, rows + " rows");
    }
  }

  @Test
  void worksOnMatricesAndNonContiguousViews() {
    INDArray matrix = Nd4j.randn(rng, 6, 4).castTo(DataType.DOUBLE);
    INDArray view = matrix.transpose().dup().transpose();
    assertEquals(linear.forward(matrix), linear.forward(view));
  }
}
