package org.seq4j.tagger.model;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.shape.Shape;
import org.seq4j.nn.layers.CharCnn;
import org.seq4j.nn.linalg.Gemm;
import org.seq4j.nn.linalg.OffHeapFloats;

/**
 * The forward pass of a {@link CharCnn} for inference in FLOAT, with the unfolding and the max
 * over characters done in host loops around the one gemm: the same function (and the same values:
 * the same gemm on the same windows, then bias and max, whose order does not change a float
 * result) without what only backward needs (argmax positions, the kept windows) and without the
 * dozen ND4J ops that cost ~500 us per call whatever the size (measured: a third of the tagger's
 * character-feature time on EWT test).
 *
 * <p>Window layout as in {@link CharCnn}: window position major, character dimension minor, zeros
 * outside the word (padding is zeroed there too, so only real characters are read). Stateless:
 * parameters are read on every call.
 */
final class CnnInference {

  private final CharCnn cnn;

  CnnInference(CharCnn cnn) {
    this.cnn = cnn;
  }

  /** Whether this path applies: FLOAT parameters and inputs. */
  boolean supports(INDArray charMask) {
    return cnn.filters().value().dataType() == DataType.FLOAT && charMask.dataType() == DataType.FLOAT;
  }

  /** Word features {@code [words, filters]} for {@code charIds [words, chars]} with a left-aligned mask. */
  INDArray forward(INDArray charIds, INDArray charMask) {
    int words = (int) charIds.size(0);
    int chars = (int) charIds.size(1);
    int dim = cnn.charEmbedding().dim();
    int numFilters = cnn.outputSize();
    int windowSize = (int) cnn.filters().value().size(1);
    int width = windowSize / dim;
    int half = (width - 1) / 2;
    int[] ids = dense(charIds).reshape(charIds.length()).toIntVector();
    float[] mask = OffHeapFloats.toHeap(charMask);
    float[] table = OffHeapFloats.toHeap(cnn.charEmbedding().weight().value());
    int[] lengths = new int[words];
    float[] windows = new float[words * chars * windowSize];
    for (int w = 0; w < words; w++) {
      int base = w * chars;
      while (lengths[w] < chars && mask[base + lengths[w]] != 0) {
        lengths[w]++;
      }
      for (int t = 0; t < lengths[w]; t++) {
        int row = ids[base + t] * dim;
        // Character t is window position j of the windows centred at t - j + half.
        for (int j = 0; j < width; j++) {
          int centre = t - j + half;
          if (centre >= 0 && centre < chars) {
            System.arraycopy(table, row, windows, (base + centre) * windowSize + j * dim, dim);
          }
        }
      }
    }
    INDArray conv = Gemm.gemm(OffHeapFloats.toArray(windows, (long) words * chars, windowSize),
        cnn.filters().value(), false, true);
    float[] scores = OffHeapFloats.toHeap(conv);
    float[] bias = OffHeapFloats.toHeap(cnn.bias().value());
    float[] out = new float[words * numFilters];
    for (int w = 0; w < words; w++) {
      if (lengths[w] == 0) {
        continue;
      }
      int o = w * numFilters;
      int first = w * chars * numFilters;
      for (int f = 0; f < numFilters; f++) {
        out[o + f] = scores[first + f] + bias[f];
      }
      for (int t = 1; t < lengths[w]; t++) {
        int s = (w * chars + t) * numFilters;
        for (int f = 0; f < numFilters; f++) {
          out[o + f] = Math.max(out[o + f], scores[s + f] + bias[f]);
        }
      }
    }
    return OffHeapFloats.toArray(out, words, numFilters);
  }

  private static INDArray dense(INDArray x) {
    return x.ordering() == 'c' && Shape.hasDefaultStridesForShape(x) ? x : x.dup('c');
  }
}
