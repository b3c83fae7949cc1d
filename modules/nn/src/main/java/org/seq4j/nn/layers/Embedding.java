package org.seq4j.nn.layers;

import java.util.Arrays;
import org.bytedeco.javacpp.FloatPointer;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.scatter.ScatterAdd;
import org.nd4j.linalg.api.rng.Random;
import org.nd4j.linalg.factory.Nd4j;
import org.seq4j.nn.linalg.OffHeapFloats;
import org.seq4j.nn.param.Parameter;
import org.seq4j.nn.param.ParameterSet;

/**
 * A lookup table from integer ids {@code [batch, time]} to vectors {@code [batch, time, dim]}.
 *
 * <p>Backward is a sparse row update: the output gradient rows are scatter-added into the rows of
 * the weight gradient they came from ({@code scatter_add}, which sums repeated ids), so its cost is
 * {@code batch * time * dim}, independent of the vocabulary size — a one-hot matmul would cost
 * {@code vocab} times more.
 *
 * <p>Frozen embeddings (e.g. pretrained vectors kept fixed) still belong to {@link #parameters()},
 * so model files carry them, but not to {@link #trainableParameters()}, which is what an optimizer
 * should get; their gradient is never written. With a padding id, that row starts at zero and
 * receives no gradient, so it stays zero (PyTorch's {@code padding_idx}).
 *
 * <p>Forward and backward never modify their inputs; backward accumulates into the weight
 * gradient, so a table used twice (tied embeddings) gets the sum.
 */
public final class Embedding {

  /** Marks "no padding id". */
  public static final int NO_PADDING = -1;
  /** Standard deviation of the default initialisation, N(0, 1) as in PyTorch's nn.Embedding. */
  public static final double DEFAULT_INIT_STDDEV = 1.0;

  /**
   * {@code scatter_add}'s "lock" flag: rows are added one after another. Without it libnd4j adds
   * rows in parallel and repeated ids race; serial is also deterministic.
   */
  private static final boolean SERIAL_SCATTER = true;

  private final Parameter weight;
  private final int paddingId;
  private final boolean frozen;

  private Embedding(Parameter weight, int paddingId, boolean frozen) {
    long vocabSize = weight.value().size(0);
    if (paddingId != NO_PADDING && (paddingId < 0 || paddingId >= vocabSize)) {
      throw new IllegalArgumentException("padding id " + paddingId + " outside vocabulary of " + vocabSize);
    }
    this.weight = weight;
    this.paddingId = paddingId;
    this.frozen = frozen;
    if (paddingId != NO_PADDING) {
      weight.value().getRow(paddingId).assign(0);
    }
  }

  /**
   * A trainable table initialised from N(0, stddev^2) with a seeded random source.
   *
   * @param paddingId row kept at zero, or {@link #NO_PADDING}
   */
  public static Embedding random(String name, int vocabSize, int dim, int paddingId, double stddev,
      DataType dataType, long seed) {
    Random rng = Nd4j.getRandomFactory().getNewRandomInstance(seed);
    INDArray values = Nd4j.randn(rng, new long[] {vocabSize, dim}).castTo(dataType).muli(stddev);
    return new Embedding(Parameter.of(name, values), paddingId, false);
  }

  /**
   * A table initialised from a row-major {@code [vocabSize, dim]} matrix (pretrained vectors); the
   * array is copied.
   */
  public static Embedding pretrained(String name, float[] matrix, int vocabSize, int dim, int paddingId,
      boolean frozen, DataType dataType) {
    if ((long) vocabSize * dim != matrix.length) {
      throw new IllegalArgumentException("matrix has " + matrix.length + " values, expected "
          + vocabSize + " x " + dim);
    }
    INDArray values = Nd4j.create(Arrays.copyOf(matrix, matrix.length), new long[] {vocabSize, dim}, DataType.FLOAT)
        .castTo(dataType);
    return new Embedding(Parameter.of(name, values), paddingId, frozen);
  }

  /** Wraps an existing parameter {@code [vocabSize, dim]} (e.g. to share it between layers). */
  public static Embedding of(Parameter weight, int paddingId, boolean frozen) {
    if (weight.value().rank() != 2) {
      throw new IllegalArgumentException("embedding weight must be [vocab, dim], got "
          + Arrays.toString(weight.value().shape()));
    }
    return new Embedding(weight, paddingId, frozen);
  }

  public Parameter weight() {
    return weight;
  }

  public int vocabSize() {
    return (int) weight.value().size(0);
  }

  public int dim() {
    return (int) weight.value().size(1);
  }

  public boolean frozen() {
    return frozen;
  }

  /** Every parameter, frozen or not: what a model file stores. */
  public ParameterSet parameters() {
    ParameterSet set = new ParameterSet();
    set.add(weight);
    return set;
  }

  /** The parameters an optimizer should update: empty when frozen. */
  public ParameterSet trainableParameters() {
    ParameterSet set = new ParameterSet();
    if (!frozen) {
      set.add(weight);
    }
    return set;
  }

  /**
   * Looks up {@code ids} (integers of any rank, e.g. {@code [batch, time]}); returns a new array of
   * shape {@code ids.shape() + [dim]}.
   */
  public INDArray forward(INDArray ids) {
    int[] flat = checkedIds(ids);
    long[] outShape = Arrays.copyOf(ids.shape(), ids.rank() + 1);
    outShape[ids.rank()] = dim();
    if (flat.length == 0) {
      return Nd4j.zeros(weight.value().dataType(), outShape);
    }
    INDArray table = weight.value();
    if (table.dataType() == DataType.FLOAT && table.ordering() == 'c' && !table.isView()) {
      // One native row copy per id into Java memory, one copy back: cheaper than the pullRows op
      // for the few ids of a decoding step, and no slower for a batch.
      int dim = dim();
      float[] rows = new float[flat.length * dim];
      FloatPointer base = OffHeapFloats.pointer(table);
      for (int i = 0; i < flat.length; i++) {
        OffHeapFloats.read(base, (long) flat[i] * dim, rows, i * dim, dim);
      }
      return OffHeapFloats.toArray(rows, outShape);
    }
    return Nd4j.pullRows(table, 1, flat).reshape('c', outShape);
  }

  /**
   * Adds the gradient of the looked-up rows into the weight gradient (no-op when frozen). The
   * embedding has no input gradient (ids are discrete).
   */
  public void backward(INDArray ids, INDArray gradOutput) {
    if (frozen || ids.length() == 0) {
      return;
    }
    int[] flat = checkedIds(ids);
    INDArray rows = gradOutput.reshape('c', flat.length, dim());
    if (rows.dataType() != weight.gradient().dataType()) {
      rows = rows.castTo(weight.gradient().dataType());
    }
    INDArray indices = Nd4j.createFromArray(flat);
    ScatterAdd scatter = new ScatterAdd(weight.gradient(), indices, rows);
    scatter.addOutputArgument(weight.gradient());
    scatter.addBArgument(SERIAL_SCATTER);
    Nd4j.exec(scatter);
    if (paddingId != NO_PADDING) {
      weight.gradient().getRow(paddingId).assign(0);
    }
  }

  private int[] checkedIds(INDArray ids) {
    int[] flat = IdArrays.flatten(ids);
    int vocab = vocabSize();
    for (int id : flat) {
      if (id < 0 || id >= vocab) {
        throw new IllegalArgumentException("id " + id + " outside vocabulary of " + vocab);
      }
    }
    return flat;
  }
}
