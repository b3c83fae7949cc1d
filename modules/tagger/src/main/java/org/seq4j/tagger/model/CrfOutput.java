package org.seq4j.tagger.model;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.seq4j.nn.crf.CrfGradient;
import org.seq4j.nn.crf.CrfParameters;
import org.seq4j.nn.crf.LinearChainCrf;
import org.seq4j.nn.crf.TransitionConstraints;
import org.seq4j.nn.param.Parameter;
import org.seq4j.nn.param.ParameterSet;

/**
 * A linear-chain CRF over the tag scores (nn's {@link LinearChainCrf}): transition, start and end
 * scores start at zero and are learned; training minimises the sentence negative log-likelihood
 * averaged over the batch's sentences (the CRF's own normalisation, so the gradient does not
 * depend on how long sentences are); decoding is constrained Viterbi.
 *
 * <p>The scores come in {@code [batch, time, tags]} and the CRF reads {@code [batch, tags, time]},
 * so they are transposed (copied) once each way.
 */
public final class CrfOutput implements TagOutput {

  private static final int BATCH_AXIS = 0;
  private static final int TIME_AXIS = 1;
  private static final int TAG_AXIS = 2;

  private final LinearChainCrf crf;
  private final Parameter transitions;
  private final Parameter start;
  private final Parameter end;
  private final CrfParameters values;
  private final TransitionConstraints constraints;
  private final ParameterSet parameters = new ParameterSet();

  /** Parameters {@code name.transitions}, {@code name.start}, {@code name.end}. */
  public CrfOutput(String name, TransitionConstraints constraints, DataType dataType) {
    int numTags = constraints.numTags();
    this.crf = new LinearChainCrf(numTags);
    this.constraints = constraints;
    this.transitions = parameters.add(Parameter.of(name + ".transitions", Nd4j.zeros(dataType, numTags, numTags)));
    this.start = parameters.add(Parameter.of(name + ".start", Nd4j.zeros(dataType, numTags)));
    this.end = parameters.add(Parameter.of(name + ".end", Nd4j.zeros(dataType, numTags)));
    this.values = new CrfParameters(transitions.value(), start.value(), end.value());
  }

  @Override
  public ParameterSet parameters() {
    return parameters;
  }

  @Override
  public Loss lossAndGradient(INDArray scores, NetworkBatch batch) {
    long tokens = batch.tokens();
    if (tokens == 0) {
      return new Loss(0.0, null, 0);
    }
    CrfGradient g = crf.lossAndGradient(values, emissions(scores), batch.mask(), batch.tagIds());
    transitions.gradient().addi(g.transitions());
    start.gradient().addi(g.start());
    end.gradient().addi(g.end());
    INDArray gradient = g.emissions().permute(BATCH_AXIS, TAG_AXIS, TIME_AXIS).dup('c');
    double perToken = g.negativeLogLikelihood() * batch.batchSize() / tokens;
    return new Loss(perToken, gradient, tokens);
  }

  @Override
  public double loss(INDArray scores, NetworkBatch batch) {
    long tokens = batch.tokens();
    if (tokens == 0) {
      return 0.0;
    }
    double meanNll = crf.negativeLogLikelihood(values, emissions(scores), batch.mask(), batch.tagIds());
    return meanNll * batch.batchSize() / tokens;
  }

  @Override
  public int[][] decode(INDArray scores, NetworkBatch batch) {
    return crf.decode(values, emissions(scores), batch.mask(), constraints);
  }

  private static INDArray emissions(INDArray scores) {
    return scores.permute(BATCH_AXIS, TAG_AXIS, TIME_AXIS).dup('c');
  }
}
