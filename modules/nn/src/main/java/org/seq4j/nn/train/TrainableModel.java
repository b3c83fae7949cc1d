package org.seq4j.nn.train;

import org.seq4j.nn.param.ParameterSet;

/**
 * What the training loop needs from a model: its trainable parameters and a step that computes
 * the loss of one batch and accumulates the gradients into {@link ParameterSet} (the loop zeroes
 * them before each step).
 *
 * @param <B> the batch type (e.g. a padded tagging batch)
 */
public interface TrainableModel<B> {

  /** The parameters the optimizer updates (the same instance on every call). */
  ParameterSet parameters();

  /** Forward and backward on one batch in training mode. */
  StepResult step(B batch);

  /**
   * The outcome of one training step.
   *
   * @param loss the batch loss (mean per token)
   * @param tokens real tokens in the batch: weights the epoch mean and gives tokens/s
   */
  record StepResult(double loss, long tokens) {}
}
