package org.seq4j.nn.optim;

import java.util.ArrayList;
import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.seq4j.nn.param.Parameter;
import org.seq4j.nn.param.ParameterSet;

/**
 * Stochastic gradient descent with optional momentum and L2 weight decay, matching
 * {@code torch.optim.SGD} (no dampening, no Nesterov):
 *
 * <pre>
 * g = grad + weightDecay * p
 * buf = momentum * buf + g            (buf starts at 0, so the first step uses buf = g)
 * p = p - lr * buf                    (p = p - lr * g without momentum)
 * </pre>
 *
 * <p>Buffers (momentum and one scratch per parameter) are allocated on the first step; later steps
 * run in place and allocate no arrays. The gradient buffers are only read.
 */
public final class Sgd extends BaseOptimizer {

  private final double momentum;
  private final double weightDecay;
  private List<State> states;

  public Sgd(ParameterSet parameters, double learningRate, double momentum, double weightDecay) {
    super(parameters, learningRate);
    if (!(momentum >= 0 && momentum < 1) || !(weightDecay >= 0)) {
      throw new IllegalArgumentException("momentum must be in [0, 1) and weight decay >= 0, got "
          + momentum + " and " + weightDecay);
    }
    this.momentum = momentum;
    this.weightDecay = weightDecay;
  }

  /** Plain SGD: no momentum, no weight decay. */
  public Sgd(ParameterSet parameters, double learningRate) {
    this(parameters, learningRate, 0.0, 0.0);
  }

  @Override
  public void step() {
    if (states == null) {
      states = new ArrayList<>();
      for (Parameter p : parameters().list()) {
        INDArray velocity = momentum == 0 ? null : p.value().ulike().assign(0);
        INDArray scratch = weightDecay == 0 ? null : p.value().ulike();
        states.add(new State(p, velocity, scratch));
      }
    }
    countStep();
    var blas = Nd4j.getBlasWrapper().level1();
    for (State s : states) {
      INDArray value = s.parameter.value();
      INDArray direction = s.parameter.gradient();
      if (weightDecay != 0) {
        s.scratch.assign(direction);
        blas.axpy(value.length(), weightDecay, value, s.scratch);
        direction = s.scratch;
      }
      if (momentum != 0) {
        s.velocity.muli(momentum).addi(direction);
        direction = s.velocity;
      }
      blas.axpy(value.length(), -learningRate(), direction, value);
    }
  }

  private record State(Parameter parameter, INDArray velocity, INDArray scratch) {}
}
