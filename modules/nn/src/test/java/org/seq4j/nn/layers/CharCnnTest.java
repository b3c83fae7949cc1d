package org.seq4j.nn.layers;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.function.DoubleSupplier;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

class CharCnnTest {

  private static final int CHARS = 7;
  private static final int CHAR_DIM = 3;
  private static final int FILTERS = 4;
  private static final int WIDTH = 3;
  private static final int PAD = 0;

  /** Words of 4, 2, 1 and 0 characters (padding = 0). */
  private final INDArray ids = Nd4j.createFromArray(new int[][] {{3, 1, 4, 1}, {5, 2, 0, 0}, {6, 0, 0, 0}, {0, 0, 0, 0}});
  private final INDArray mask = Nd4j.createFromArray(new double[][] {{1, 1, 1, 1}, {1, 1, 0, 0}, {1, 0, 0, 0}, {0, 0, 0, 0}});
  private final CharCnn cnn = CharCnn.create("charcnn", CHARS, CHAR_DIM, FILTERS, WIDTH, PAD, DataType.DOUBLE, 17);

  @Test
  void forwardMatchesADirectConvolutionAndMaxPool() {
    INDArray out = cnn.forward(ids, mask).output();
    assertArrayEquals(new long[] {4, FILTERS}, out.shape());
    INDArray table = cnn.charEmbedding().weight().value();
    int[][] words = {{3, 1, 4, 1}, {5, 2}, {6}};
    for (int w = 0; w < words.length; w++) {
      for (int f = 0; f < FILTERS; f++) {
        double best = Double.NEGATIVE_INFINITY;
        for (int centre = 0; centre < words[w].length; centre++) {
          double s = cnn.bias().value().getDouble(f);
          for (int j = 0; j < WIDTH; j++) {
            int pos = centre + j - (WIDTH - 1) / 2;
            if (pos < 0 || pos >= words[w].length) {
              continue;
            }
            for (int c = 0; c < CHAR_DIM; c++) {
              s += cnn.filters().value().getDouble(f, j * CHAR_DIM + c) * table.getDouble(words[w][pos], c);
            }
          }
          best = Math.max(best, s);
        }
        assertEquals(best, out.getDouble(w, f), 1e-12, "word " + w + " filter " + f);
      }
    }
    assertEquals(0.0, out.getRow(3).norm2Number().doubleValue(), 0.0, "empty word");
  }

  @Test
  void paddingIdsDoNotMatter() {
    INDArray garbage = ids.dup();
    garbage.putScalar(1, 3, 5);
    garbage.putScalar(3, 0, 2);
    assertEquals(cnn.forward(ids, mask).output(), cnn.forward(garbage, mask).output());
  }

  @Test
  void gradientsMatchFiniteDifferences() {
    INDArray probe = Nd4j.randn(Nd4j.getRandomFactory().getNewRandomInstance(5), 4, FILTERS).castTo(DataType.DOUBLE);
    cnn.backward(cnn.forward(ids, mask), probe);
    DoubleSupplier loss = () -> cnn.forward(ids, mask).output().mul(probe).sumNumber().doubleValue();
    FiniteDifferences.check("filters", cnn.filters().value(), cnn.filters().gradient(), loss);
    FiniteDifferences.check("bias", cnn.bias().value(), cnn.bias().gradient(), loss);
    FiniteDifferences.check("chars", cnn.charEmbedding().weight().value(),
        cnn.charEmbedding().weight().gradient(), loss);
  }
}
