package org.seq4j.nn.optim;

import org.seq4j.nn.param.ParameterSet;

/**
 * What every optimizer shares: the parameters it updates, a learning rate that schedules may
 * change between steps, and the step count (Adam's bias correction needs it). Subclasses implement
 * only the update rule.
 */
abstract class BaseOptimizer implements Optimizer {
  private final ParameterSet parameters;
  private double learningRate;
  private long steps;

  BaseOptimizer(ParameterSet parameters, double learningRate) {
    this.parameters = parameters;
    setLearningRate(learningRate);
  }

  /** Counts one more step and returns the new count (1 on the first step). */
  final long countStep() {
    return ++steps;
  }

  /** Sets the step count, for optimizers restoring a checkpoint. */
  final void restoreStepCount(long count) {
    if (count < 0) {
      throw new IllegalArgumentException("step count must be >= 0, got " + count);
    }
    steps = count;
  }

  @Override
  public final ParameterSet parameters() {
    return parameters;
  }

  @Override
  public final double learningRate() {
    return learningRate;
  }

  @Override
  public final void setLearningRate(double learningRate) {
    if (!(learningRate >= 0)) {
      throw new IllegalArgumentException("learning rate must be >= 0, got " + learningRate);
    }
    this.learningRate = learningRate;
  }

  @Override
  public final long steps() {
    return steps;
  }
}
