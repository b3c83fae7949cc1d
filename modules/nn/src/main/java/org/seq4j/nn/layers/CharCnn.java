package org.seq4j.nn.layers;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.broadcast.BroadcastAddOp;
import org.nd4j.linalg.api.ops.impl.broadcast.BroadcastMulOp;
import org.nd4j.linalg.api.ops.impl.shape.OneHot;
import org.nd4j.linalg.api.rng.Random;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.INDArrayIndex;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.seq4j.nn.param.Parameter;
import org.seq4j.nn.param.ParameterSet;

/**
 * Character-level word features (Ma &amp; Hovy 2016): character embeddings, a 1-D convolution of
 * odd width {@code k} over the characters of each word (zero padding {@code (k-1)/2} on each side,
 * so every character is a window centre), then max-pooling over the word's real characters. Input
 * char ids {@code [words, maxChars]} with a mask of the same shape (1 = real character); output
 * {@code [words, filters]}. A word with no characters gets a zero vector.
 *
 * <p>The convolution is an explicit unfold (im2col) plus one gemm over {@code words * maxChars}
 * windows: {@code k} strided copies build {@code [words * maxChars, k * charDim]}, and the filters
 * are stored {@code [filters, k * charDim]} (window position major, channel minor). Backward routes
 * each output gradient to its argmax position (kept from forward), then reverses the gemm and the
 * unfold, and hands the character gradient to the {@link Embedding}'s sparse update.
 *
 * <p>Padded characters are zeroed before the convolution and excluded from the max by a large
 * negative offset, so results do not depend on what ids the padding holds.
 */
public final class CharCnn {

  /** Added to padded positions before the max so they never win over a real character. */
  private static final double EXCLUDED = -1e30;
  private static final int WORD_AXIS = 0;
  private static final int CHAR_AXIS = 1;
  private static final int FILTER_AXIS = 2;

  private final Embedding chars;
  private final Parameter filters;
  private final Parameter bias;
  private final int width;

  public CharCnn(Embedding chars, Parameter filters, Parameter bias, int width) {
    if (width < 1 || width % 2 == 0) {
      throw new IllegalArgumentException("convolution width must be odd and positive, got " + width);
    }
    if (filters.value().rank() != 2 || filters.value().size(1) != (long) width * chars.dim()
        || bias.value().length() != filters.value().size(0)) {
      throw new IllegalArgumentException("filters must be [numFilters, width * charDim] and bias [numFilters]");
    }
    this.chars = chars;
    this.filters = filters;
    this.bias = bias;
    this.width = width;
  }

  /**
   * Character embeddings {@code name.chars} (N(0,1), padding row zero), filters {@code name.filters}
   * and bias {@code name.bias} uniform in {@code +-1/sqrt(width * charDim)} (PyTorch's Conv1d).
   */
  public static CharCnn create(String name, int numChars, int charDim, int numFilters, int width, int paddingId,
      DataType dataType, long seed) {
    Random rng = Nd4j.getRandomFactory().getNewRandomInstance(seed);
    Embedding chars = Embedding.random(name + ".chars", numChars, charDim, paddingId,
        Embedding.DEFAULT_INIT_STDDEV, dataType, rng.nextLong());
    double bound = 1.0 / Math.sqrt((double) width * charDim);
    INDArray f = Nd4j.rand(rng, numFilters, (long) width * charDim).castTo(dataType).muli(2 * bound).subi(bound);
    INDArray b = Nd4j.rand(rng, numFilters).castTo(dataType).muli(2 * bound).subi(bound);
    return new CharCnn(chars, Parameter.of(name + ".filters", f), Parameter.of(name + ".bias", b), width);
  }

  public ParameterSet parameters() {
    ParameterSet set = new ParameterSet();
    set.addAll(chars.parameters());
    set.add(filters);
    set.add(bias);
    return set;
  }

  public Embedding charEmbedding() {
    return chars;
  }

  public Parameter filters() {
    return filters;
  }

  public Parameter bias() {
    return bias;
  }

  public int outputSize() {
    return (int) filters.value().size(0);
  }

  /** Word features for {@code charIds [words, maxChars]}; never modifies its inputs. */
  public Activations forward(INDArray charIds, INDArray mask) {
    long words = charIds.size(0);
    long length = charIds.size(1);
    int dim = chars.dim();
    int half = (width - 1) / 2;
    DataType type = filters.value().dataType();
    INDArray charMask = mask.castTo(type).reshape('c', words, length);

    INDArray embedded = chars.forward(charIds);
    broadcastMul(embedded, charMask);
    INDArray padded = Nd4j.zeros(type, words, length + 2L * half, dim);
    padded.get(all(), NDArrayIndex.interval(half, half + length), all()).assign(embedded);
    INDArray unfolded = Nd4j.createUninitialized(type, words, length, (long) width * dim);
    for (int j = 0; j < width; j++) {
      unfolded.get(all(), all(), NDArrayIndex.interval((long) j * dim, (long) (j + 1) * dim))
          .assign(padded.get(all(), NDArrayIndex.interval(j, j + length), all()));
    }
    INDArray windows = unfolded.reshape('c', words * length, (long) width * dim);

    INDArray conv = Nd4j.createUninitialized(type, words * length, outputSize());
    Nd4j.gemm(windows, filters.value(), conv, false, true, 1.0, 0.0);
    conv.addiRowVector(bias.value());
    INDArray scores = conv.reshape('c', words, length, outputSize());
    INDArray exclusion = charMask.rsub(1.0).muli(EXCLUDED);
    Nd4j.getExecutioner().exec(new BroadcastAddOp(scores, exclusion, scores, WORD_AXIS, CHAR_AXIS));

    INDArray argMax = scores.argMax(CHAR_AXIS);
    INDArray hasChars = charMask.max(CHAR_AXIS);
    INDArray output = scores.max(CHAR_AXIS).muliColumnVector(hasChars);
    return new Activations(output, charIds, charMask, windows, argMax, hasChars);
  }

  /** Accumulates parameter gradients for {@code gradOutput [words, filters]} (there is no input gradient). */
  public void backward(Activations activations, INDArray gradOutput) {
    long words = activations.charIds.size(0);
    long length = activations.charIds.size(1);
    int dim = chars.dim();
    int half = (width - 1) / 2;
    DataType type = filters.value().dataType();

    INDArray gradPooled = gradOutput.castTo(type).mulColumnVector(activations.hasChars);
    INDArray route = Nd4j.exec(new OneHot(activations.argMax, (int) length, -1, 1.0, 0.0, type))[0]
        .permute(WORD_AXIS, FILTER_AXIS, CHAR_AXIS).dup('c');
    Nd4j.getExecutioner().exec(new BroadcastMulOp(route, gradPooled, route, WORD_AXIS, FILTER_AXIS));
    INDArray gradConv = route.reshape('c', words * length, outputSize());

    Nd4j.gemm(gradConv, activations.windows, filters.gradient(), true, false, 1.0, 1.0);
    bias.gradient().addi(gradConv.sum(0).reshape(bias.gradient().shape()));
    INDArray gradWindows = Nd4j.createUninitialized(type, words * length, (long) width * dim);
    Nd4j.gemm(gradConv, filters.value(), gradWindows, false, false, 1.0, 0.0);
    INDArray gradUnfolded = gradWindows.reshape('c', words, length, (long) width * dim);

    INDArray gradPadded = Nd4j.zeros(type, words, length + 2L * half, dim);
    for (int j = 0; j < width; j++) {
      gradPadded.get(all(), NDArrayIndex.interval(j, j + length), all())
          .addi(gradUnfolded.get(all(), all(), NDArrayIndex.interval((long) j * dim, (long) (j + 1) * dim)));
    }
    INDArray gradEmbedded = gradPadded.get(all(), NDArrayIndex.interval(half, half + length), all()).dup('c');
    broadcastMul(gradEmbedded, activations.charMask);
    chars.backward(activations.charIds, gradEmbedded);
  }

  private static void broadcastMul(INDArray values, INDArray charMask) {
    Nd4j.getExecutioner().exec(new BroadcastMulOp(values, charMask, values, WORD_AXIS, CHAR_AXIS));
  }

  private static INDArrayIndex all() {
    return NDArrayIndex.all();
  }

  /** Forward results: {@link #output()} plus what backward needs (kept package-private). */
  public static final class Activations {
    private final INDArray output;
    final INDArray charIds;
    final INDArray charMask;
    final INDArray windows;
    final INDArray argMax;
    final INDArray hasChars;

    Activations(INDArray output, INDArray charIds, INDArray charMask, INDArray windows, INDArray argMax,
        INDArray hasChars) {
      this.output = output;
      this.charIds = charIds;
      this.charMask = charMask;
      this.windows = windows;
      this.argMax = argMax;
      this.hasChars = hasChars;
    }

    /** Word features {@code [words, filters]}. */
    public INDArray output() {
      return output;
    }
  }
}
