package org.seq4j.nn.optim;

import org.seq4j.nn.param.ParameterSet;

/**
 * Updates the values of a {@link ParameterSet} in place from their gradients.
 *
 * <p>The learning rate is mutable state of the optimizer (as in PyTorch's param groups) so
 * schedules can change it between steps; everything else is fixed at construction. Implementations
 * allocate their state buffers once, on the first step, and nothing per step after that.
 */
public interface Optimizer {

  /** One update of every parameter from its current gradient. Does not zero the gradients. */
  void step();

  /** The parameters this optimizer updates. */
  ParameterSet parameters();

  double learningRate();

  void setLearningRate(double learningRate);

  /** Number of {@link #step()} calls so far. */
  long steps();
}
