package org.seq4j.seq2seq.train;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;
import org.seq4j.nn.optim.Optimizer;
import org.seq4j.nn.param.Parameter;
import org.seq4j.nn.param.ParameterSet;

/**
 * Adam with PyTorch's defaults and update ({@code torch.optim.Adam} without weight decay, the same
 * arithmetic as {@link org.seq4j.nn.optim.Adam}) whose state can be saved and restored: the step
 * count and both moment buffers of every parameter, by parameter name. A resumed run needs them, or
 * its first steps would use bias-corrected zero moments, i.e. much larger updates than the
 * uninterrupted run. Kept in seq2seq because {@code nn}'s Adam does not expose its moments yet; when
 * it does, this class should go.
 */
final class ResumableAdam implements Optimizer {
  static final double BETA1 = 0.9;
  static final double BETA2 = 0.999;
  static final double EPSILON = 1e-8;
  private static final String FIRST = "adam.m.";
  private static final String SECOND = "adam.v.";

  private final ParameterSet parameters;
  private final List<Parameter> list;
  private final INDArray[] firstMoments;
  private final INDArray[] secondMoments;
  private final INDArray[] scratch;
  private double learningRate;
  private long steps;

  ResumableAdam(ParameterSet parameters, double learningRate) {
    this.parameters = parameters;
    this.list = parameters.list();
    this.firstMoments = new INDArray[list.size()];
    this.secondMoments = new INDArray[list.size()];
    this.scratch = new INDArray[list.size()];
    for (int i = 0; i < list.size(); i++) {
      INDArray value = list.get(i).value();
      firstMoments[i] = value.ulike().assign(0);
      secondMoments[i] = value.ulike().assign(0);
      scratch[i] = value.ulike();
    }
    setLearningRate(learningRate);
  }

  @Override
  public void step() {
    steps++;
    double stepSize = learningRate / (1 - Math.pow(BETA1, steps));
    double sqrtBiasCorrection2 = Math.sqrt(1 - Math.pow(BETA2, steps));
    var blas = Nd4j.getBlasWrapper().level1();
    for (int i = 0; i < list.size(); i++) {
      INDArray value = list.get(i).value();
      INDArray s = scratch[i];
      s.assign(list.get(i).gradient());
      firstMoments[i].muli(BETA1);
      blas.axpy(value.length(), 1 - BETA1, s, firstMoments[i]);
      s.muli(s);
      secondMoments[i].muli(BETA2);
      blas.axpy(value.length(), 1 - BETA2, s, secondMoments[i]);
      s.assign(secondMoments[i]);
      Transforms.sqrt(s, false).divi(sqrtBiasCorrection2).addi(EPSILON).rdivi(firstMoments[i]);
      blas.axpy(value.length(), -stepSize, s, value);
    }
  }

  @Override
  public ParameterSet parameters() {
    return parameters;
  }

  @Override
  public double learningRate() {
    return learningRate;
  }

  @Override
  public void setLearningRate(double learningRate) {
    if (!(learningRate >= 0)) {
      throw new IllegalArgumentException("learning rate must be >= 0, got " + learningRate);
    }
    this.learningRate = learningRate;
  }

  @Override
  public long steps() {
    return steps;
  }

  /** The moments as named tensors ({@code adam.m.<parameter>}, {@code adam.v.<parameter>}); live views. */
  Map<String, INDArray> moments() {
    Map<String, INDArray> out = new LinkedHashMap<>();
    for (int i = 0; i < list.size(); i++) {
      out.put(FIRST + list.get(i).name(), firstMoments[i]);
      out.put(SECOND + list.get(i).name(), secondMoments[i]);
    }
    return out;
  }

  /** Restores the step count and the moments written by {@link #moments()}. */
  void restore(long stepCount, Map<String, INDArray> stored) {
    for (int i = 0; i < list.size(); i++) {
      firstMoments[i].assign(required(stored, FIRST + list.get(i).name()));
      secondMoments[i].assign(required(stored, SECOND + list.get(i).name()));
    }
    this.steps = stepCount;
  }

  private static INDArray required(Map<String, INDArray> stored, String name) {
    INDArray value = stored.get(name);
    if (value == null) {
      throw new IllegalArgumentException("checkpoint has no optimizer state " + name);
    }
    return value;
  }
}
