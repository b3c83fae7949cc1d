package org.seq4j.tagger.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.seq4j.nn.backend.NativeBackend;
import org.seq4j.nn.layers.CharCnn;

/** The host-loop inference CNN computes what nn's CharCnn computes (whose backward training uses). */
class CnnInferenceTest {

  private static final float TOLERANCE = 1e-6f;

  @BeforeAll
  static void backend() {
    NativeBackend.configureFromEnvironment();
  }

  @Test
  void matchesCharCnnForwardWithPaddingAndEmptyWords() {
    for (int window : new int[] {1, 3, 5}) {
      CharCnn cnn = CharCnn.create("c", 12, 4, 7, window, 0, DataType.FLOAT, 11L);
      int[] lengths = {1, 6, 0, 3, 6, 2};
      int chars = 6;
      int[] ids = new int[lengths.length * chars];
      float[] mask = new float[ids.length];
      for (int w = 0; w < lengths.length; w++) {
        for (int t = 0; t < chars; t++) {
          // Padding holds arbitrary ids: neither path may read them.
          ids[w * chars + t] = 1 + (7 * w + 5 * t) % 11;
          mask[w * chars + t] = t < lengths[w] ? 1f : 0f;
        }
      }
      INDArray charIds = Nd4j.createFromArray(ids).reshape(lengths.length, chars);
      INDArray charMask = Nd4j.createFromArray(mask).reshape(lengths.length, chars);

      float[] expected = cnn.forward(charIds, charMask).output().dup().data().asFloat();
      float[] actual = new CnnInference(cnn).forward(charIds, charMask).data().asFloat();
      assertArrayEquals(expected, actual, TOLERANCE, "window " + window);
    }
  }
}
