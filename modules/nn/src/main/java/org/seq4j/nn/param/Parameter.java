package org.seq4j.nn.param;

import java.util.Objects;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * One trainable tensor and its gradient buffer. Layers own their parameters and write gradients
 * into {@link #gradient()} during the backward pass (accumulating with {@code addi} where a
 * parameter is used more than once); optimizers read the gradient and update {@link #value()} in
 * place. Both arrays have the same shape and data type and stay allocated for the model's life, so
 * the training loop allocates nothing per step for parameters.
 *
 * <p>seq4j computes gradients explicitly per layer (no autodiff graph): every layer has a forward
 * and a backward method, checked against finite differences in its tests. That keeps the hot loop
 * to a few large BLAS calls per time step, which is what closes the gap to PyTorch on CPU.
 *
 * @param name unique, stable name (e.g. {@code encoder.l0.fwd.Wx}); used in checkpoints
 * @param value the parameter tensor, updated in place
 * @param gradient the gradient tensor, same shape; zeroed by {@link ParameterSet#zeroGradients()}
 */
public record Parameter(String name, INDArray value, INDArray gradient) {
  public Parameter {
    Objects.requireNonNull(name, "name");
    if (!java.util.Arrays.equals(value.shape(), gradient.shape())) {
      throw new IllegalArgumentException("value and gradient shapes differ for " + name);
    }
  }

  /** A parameter with a zero gradient buffer of the same shape and type. */
  public static Parameter of(String name, INDArray value) {
    return new Parameter(name, value, value.ulike().assign(0));
  }

  public long length() {
    return value.length();
  }
}
