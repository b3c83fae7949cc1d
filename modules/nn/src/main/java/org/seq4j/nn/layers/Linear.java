package org.seq4j.nn.layers;

import java.util.Arrays;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.rng.Random;
import org.nd4j.linalg.factory.Nd4j;
import org.seq4j.nn.linalg.Gemm;
import org.seq4j.nn.param.Parameter;
import org.seq4j.nn.param.ParameterSet;

/**
 * An affine map {@code y = x W + b} over the last dimension: {@code [..., in] -> [..., out]}, e.g.
 * {@code [batch, time, in]} to {@code [batch, time, out]}.
 *
 * <p>All leading dimensions are folded into rows, so forward is one gemm over {@code batch * time}
 * rows and backward two (input gradient and weight gradient); the weight gradient is accumulated in
 * place with {@code beta = 1}, so no temporary is allocated for it. {@code W} is stored
 * {@code [in, out]} so the row-major input multiplies it without a transpose.
 *
 * <p>The layer keeps no activations: backward takes the forward input again. Never modifies its
 * inputs; backward accumulates into the parameter gradients.
 */
public final class Linear {

  private final Parameter weight;
  private final Parameter bias;

  /** Wraps existing parameters: weight {@code [in, out]}, bias {@code [out]}. */
  public Linear(Parameter weight, Parameter bias) {
    INDArray w = weight.value();
    if (w.rank() != 2 || bias.value().length() != w.size(1)) {
      throw new IllegalArgumentException("expected weight [in, out] and bias [out], got "
          + Arrays.toString(w.shape()) + " and " + Arrays.toString(bias.value().shape()));
    }
    this.weight = weight;
    this.bias = bias;
  }

  /**
   * Initialised like PyTorch's {@code nn.Linear}: weight and bias uniform in
   * {@code [-1/sqrt(in), 1/sqrt(in)]}, from a seeded random source. Parameters are named
   * {@code name.W} and {@code name.b}.
   */
  public static Linear create(String name, int in, int out, DataType dataType, long seed) {
    Random rng = Nd4j.getRandomFactory().getNewRandomInstance(seed);
    double bound = 1.0 / Math.sqrt(in);
    INDArray w = Nd4j.rand(rng, in, out).castTo(dataType).muli(2 * bound).subi(bound);
    INDArray b = Nd4j.rand(rng, out).castTo(dataType).muli(2 * bound).subi(bound);
    return new Linear(Parameter.of(name + ".W", w), Parameter.of(name + ".b", b));
  }

  public Parameter weight() {
    return weight;
  }

  public Parameter bias() {
    return bias;
  }

  public int inputSize() {
    return (int) weight.value().size(0);
  }

  public int outputSize() {
    return (int) weight.value().size(1);
  }

  public ParameterSet parameters() {
    ParameterSet set = new ParameterSet();
    set.add(weight);
    set.add(bias);
    return set;
  }

  /** {@code x W + b}; a new array of shape {@code input.shape()} with the last size replaced by out. */
  public INDArray forward(INDArray input) {
    INDArray rows = rows(input);
    INDArray out = Nd4j.createUninitialized(weight.value().dataType(), rows.size(0), outputSize());
    if (out.dataType() == DataType.FLOAT && bias.value().dataType() == DataType.FLOAT) {
      // Bias rows first, then the product added with beta = 1: one pass over the output instead of
      // BLAS's beta = 0 clearing pass plus a broadcast add (the output is 41 MB for seq2seq logits).
      BiasRows.fill(bias.value(), out);
      Gemm.gemm(rows, weight.value(), out, false, false, 1.0, 1.0);
    } else {
      Gemm.gemm(rows, weight.value(), out, false, false, 1.0, 0.0);
      out.addiRowVector(bias.value());
    }
    return out.reshape('c', outputShape(input));
  }

  /**
   * Adds {@code dL/dW} and {@code dL/db} into the parameter gradients and returns {@code dL/dx}
   * (a new array shaped like {@code input}).
   */
  public INDArray backward(INDArray input, INDArray gradOutput) {
    INDArray rows = rows(input);
    INDArray gradRows = Contiguous.of(gradOutput.reshape('c', rows.size(0), outputSize()));
    Gemm.gemm(rows, gradRows, weight.gradient(), true, false, 1.0, 1.0);
    Gemm.addColumnSums(gradRows, bias.gradient());
    INDArray gradInput = Nd4j.createUninitialized(weight.value().dataType(), rows.size(0), inputSize());
    Gemm.gemm(gradRows, weight.value(), gradInput, false, true, 1.0, 0.0);
    return gradInput.reshape('c', input.shape());
  }

  private INDArray rows(INDArray input) {
    long in = input.size(input.rank() - 1);
    if (in != inputSize()) {
      throw new IllegalArgumentException("input last dimension " + in + " != layer input size " + inputSize());
    }
    return Contiguous.of(input.reshape('c', input.length() / in, in));
  }

  private long[] outputShape(INDArray input) {
    long[] shape = input.shape().clone();
    shape[shape.length - 1] = outputSize();
    return shape;
  }
}
