package org.seq4j.nn.optim;

import org.seq4j.nn.param.Parameter;
import org.seq4j.nn.param.ParameterSet;

/**
 * Global gradient-norm clipping, as {@code torch.nn.utils.clip_grad_norm_}: the L2 norm over all
 * gradients together; when it exceeds {@code maxNorm}, every gradient is scaled in place by
 * {@code maxNorm / (norm + 1e-6)}. Clipping the global norm keeps the update direction.
 */
public final class GradientClipping {

  /** torch's guard against division by a zero norm. */
  static final double NORM_EPSILON = 1e-6;

  private GradientClipping() {}

  /** The global L2 norm of all gradients. */
  public static double globalNorm(ParameterSet parameters) {
    double sumOfSquares = 0;
    for (Parameter p : parameters.list()) {
      double norm = p.gradient().norm2Number().doubleValue();
      sumOfSquares += norm * norm;
    }
    return Math.sqrt(sumOfSquares);
  }

  /**
   * Scales all gradients so their global norm is at most {@code maxNorm}; returns the norm before
   * clipping (useful to log). A non-finite norm is returned unchanged and nothing is scaled.
   */
  public static double clipByGlobalNorm(ParameterSet parameters, double maxNorm) {
    if (!(maxNorm > 0)) {
      throw new IllegalArgumentException("max norm must be > 0, got " + maxNorm);
    }
    double norm = globalNorm(parameters);
    double coefficient = maxNorm / (norm + NORM_EPSILON);
    if (Double.isFinite(norm) && coefficient < 1) {
      for (Parameter p : parameters.list()) {
        p.gradient().muli(coefficient);
      }
    }
    return norm;
  }
}
