package org.seq4j.nn.optim;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;
import org.seq4j.nn.param.Parameter;
import org.seq4j.nn.param.ParameterSet;

/**
 * Adam (Kingma &amp; Ba 2015) with bias correction, matching {@code torch.optim.Adam}:
 *
 * <pre>
 * g = grad + weightDecay * p          (L2 penalty, torch's weight_decay; not AdamW)
 * m = beta1 * m + (1 - beta1) * g
 * v = beta2 * v + (1 - beta2) * g^2
 * p = p - lr / (1 - beta1^t) * m / (sqrt(v) / sqrt(1 - beta2^t) + epsilon)
 * </pre>
 *
 * <p>Each parameter has its moment buffers, allocated on the first step. Dense FLOAT parameters
 * (every model's in practice) are updated by {@link FusedFloatAdam}, one fused Java pass per
 * parameter with the moments in Java memory; others (DOUBLE, views) keep one scratch buffer and
 * run in place with ND4J ops (scalar ops and {@code axpy}). No step after the first allocates
 * arrays. The gradient buffers are only read.
 */
public final class Adam extends BaseOptimizer {

  public static final double DEFAULT_BETA1 = 0.9;
  public static final double DEFAULT_BETA2 = 0.999;
  public static final double DEFAULT_EPSILON = 1e-8;
  /** Name prefix of the first-moment tensors in {@link #state()}. */
  public static final String FIRST_MOMENT = "adam.m.";
  /** Name prefix of the second-moment tensors in {@link #state()}. */
  public static final String SECOND_MOMENT = "adam.v.";

  private final double beta1;
  private final double beta2;
  private final double epsilon;
  private final double weightDecay;
  private List<State> states;
  private List<FusedFloatAdam> fused;

  public Adam(ParameterSet parameters, double learningRate, double beta1, double beta2, double epsilon,
      double weightDecay) {
    super(parameters, learningRate);
    requireInRange("beta1", beta1);
    requireInRange("beta2", beta2);
    if (!(epsilon > 0) || !(weightDecay >= 0)) {
      throw new IllegalArgumentException("epsilon must be > 0 and weight decay >= 0, got " + epsilon
          + " and " + weightDecay);
    }
    this.beta1 = beta1;
    this.beta2 = beta2;
    this.epsilon = epsilon;
    this.weightDecay = weightDecay;
  }

  /** PyTorch's defaults: betas (0.9, 0.999), epsilon 1e-8, no weight decay. */
  public Adam(ParameterSet parameters, double learningRate) {
    this(parameters, learningRate, DEFAULT_BETA1, DEFAULT_BETA2, DEFAULT_EPSILON, 0.0);
  }

  @Override
  public void step() {
    allocateStates();
    long t = countStep();
    double biasCorrection1 = 1 - Math.pow(beta1, t);
    double biasCorrection2 = 1 - Math.pow(beta2, t);
    double stepSize = learningRate() / biasCorrection1;
    double sqrtBiasCorrection2 = Math.sqrt(biasCorrection2);
    for (FusedFloatAdam f : fused) {
      f.update((float) beta1, (float) beta2, (float) epsilon, (float) weightDecay, (float) stepSize,
          (float) sqrtBiasCorrection2);
    }
    var blas = Nd4j.getBlasWrapper().level1();
    for (State s : states) {
      INDArray value = s.parameter.value();
      INDArray scratch = s.scratch;
      scratch.assign(s.parameter.gradient());
      if (weightDecay != 0) {
        blas.axpy(value.length(), weightDecay, value, scratch);
      }
      s.firstMoment.muli(beta1);
      blas.axpy(value.length(), 1 - beta1, scratch, s.firstMoment);
      scratch.muli(scratch);
      s.secondMoment.muli(beta2);
      blas.axpy(value.length(), 1 - beta2, scratch, s.secondMoment);
      scratch.assign(s.secondMoment);
      Transforms.sqrt(scratch, false).divi(sqrtBiasCorrection2).addi(epsilon).rdivi(s.firstMoment);
      blas.axpy(value.length(), -stepSize, scratch, value);
    }
  }

  /**
   * The moments as named copies, {@value #FIRST_MOMENT}{@code <parameter>} and {@value
   * #SECOND_MOMENT}{@code <parameter>} (zeros before the first step): with {@link #steps()} what a
   * checkpoint needs so that a resumed run continues exactly (without them its first steps would
   * bias-correct zero moments, i.e. take much larger steps than the uninterrupted run).
   */
  public Map<String, INDArray> state() {
    allocateStates();
    Map<String, INDArray> out = new LinkedHashMap<>();
    for (FusedFloatAdam f : fused) {
      out.put(FIRST_MOMENT + f.parameter().name(), f.moment(true));
      out.put(SECOND_MOMENT + f.parameter().name(), f.moment(false));
    }
    for (State s : states) {
      out.put(FIRST_MOMENT + s.parameter.name(), s.firstMoment.dup());
      out.put(SECOND_MOMENT + s.parameter.name(), s.secondMoment.dup());
    }
    return out;
  }

  /**
   * Restores the step count and the moments {@link #state()} wrote.
   *
   * @throws IllegalArgumentException naming the first moment the map lacks
   */
  public void restore(long stepCount, Map<String, INDArray> stored) {
    allocateStates();
    for (FusedFloatAdam f : fused) {
      f.restore(required(stored, FIRST_MOMENT + f.parameter().name()),
          required(stored, SECOND_MOMENT + f.parameter().name()));
    }
    for (State s : states) {
      s.firstMoment.assign(required(stored, FIRST_MOMENT + s.parameter.name()));
      s.secondMoment.assign(required(stored, SECOND_MOMENT + s.parameter.name()));
    }
    restoreStepCount(stepCount);
  }

  private static INDArray required(Map<String, INDArray> stored, String name) {
    INDArray value = stored.get(name);
    if (value == null) {
      throw new IllegalArgumentException("checkpoint has no optimizer state " + name);
    }
    return value;
  }

  private void allocateStates() {
    if (states != null) {
      return;
    }
    states = new ArrayList<>();
    fused = new ArrayList<>();
    for (Parameter p : parameters().list()) {
      if (FusedFloatAdam.supports(p)) {
        fused.add(new FusedFloatAdam(p));
      } else {
        states.add(new State(p, zerosLike(p.value()), zerosLike(p.value()), zerosLike(p.value())));
      }
    }
  }

  private static INDArray zerosLike(INDArray value) {
    return value.ulike().assign(0);
  }

  private static void requireInRange(String name, double beta) {
    if (!(beta >= 0 && beta < 1)) {
      throw new IllegalArgumentException(name + " must be in [0, 1), got " + beta);
    }
  }

  private record State(Parameter parameter, INDArray firstMoment, INDArray secondMoment, INDArray scratch) {}
}
