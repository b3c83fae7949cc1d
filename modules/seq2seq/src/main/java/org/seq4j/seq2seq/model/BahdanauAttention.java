package org.seq4j.seq2seq.model;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.broadcast.BroadcastAddOp;
import org.nd4j.linalg.api.rng.Random;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;
import org.seq4j.nn.layers.Linear;
import org.seq4j.nn.linalg.Gemm;
import org.seq4j.nn.param.Parameter;
import org.seq4j.nn.param.ParameterSet;

/**
 * Additive attention (Bahdanau et al. 2015), one decoder step at a time: the query is the previous
 * decoder state {@code s_{t-1}} (the top layer's hidden state), {@code e_tj = v · tanh(s_{t-1} W_q +
 * k_j W_k + b_k)}, weights {@code a_t = softmax(e_t)} over real source positions, context {@code ctx_t
 * = Σ a_tj k_j}. The context is part of the decoder input of step t; after the step, the attentional
 * vector {@code h~_t = tanh(W_c [ctx_t; s_t] + b_c)} is what the output layer reads (Joey NMT's
 * readout, the same form as {@link LuongAttention}'s, so input feeding means the same for both).
 *
 * <p>{@code k W_k + b_k} does not depend on the step: {@link #projectKeys} computes it once per batch
 * into the {@link AttentionMemory}, and the steps' gradients w.r.t. it are summed so its backward is
 * one gemm per batch ({@link #backwardKeys}). Step tensors are batch-major {@code [batch, source,
 * hidden]}.
 */
final class BahdanauAttention {
  private static final int BATCH_AXIS = 0;
  private static final int HIDDEN_AXIS = 2;
  private static final int SOURCE_AXIS = 1;

  private final int hidden;
  private final Parameter queryWeight;
  private final Linear keyProjection;
  private final Parameter scoreVector;
  private final Linear combine;
  private final ParameterSet parameters = new ParameterSet();

  BahdanauAttention(int hidden, DataType dataType, long seed) {
    this.hidden = hidden;
    Random rng = Nd4j.getRandomFactory().getNewRandomInstance(seed);
    double bound = 1.0 / Math.sqrt(hidden);
    this.queryWeight = parameters.add(Parameter.of("attention.Wq", uniform(rng, hidden, hidden, bound, dataType)));
    this.keyProjection = Linear.create("attention.keys", hidden, hidden, dataType, rng.nextLong());
    parameters.addAll(keyProjection.parameters());
    this.scoreVector = parameters.add(Parameter.of("attention.v", uniform(rng, hidden, 1, bound, dataType)));
    this.combine = Linear.create("attention.combine", 2 * hidden, hidden, dataType, rng.nextLong());
    parameters.addAll(combine.parameters());
  }

  private static INDArray uniform(Random rng, long rows, long columns, double bound, DataType dataType) {
    return Nd4j.rand(rng, rows, columns).castTo(dataType).muli(2 * bound).subi(bound);
  }

  ParameterSet parameters() {
    return parameters;
  }

  /** {@code keys [batch, source, hidden]} to {@code k W_k + b_k}, same shape. */
  INDArray projectKeys(INDArray keys) {
    return keyProjection.forward(keys);
  }

  /** Back-propagates the summed gradient of the projected keys; returns the keys' gradient. */
  INDArray backwardKeys(INDArray keys, INDArray projectedGradient) {
    return keyProjection.backward(keys, projectedGradient);
  }

  /** One step's attention: the query, {@code tanh} activations, weights and context. */
  record Step(INDArray query, INDArray activations, INDArray weights, INDArray context) {}

  /** @param query {@code [batch, hidden]}, the previous decoder state */
  Step attend(INDArray query, AttentionMemory memory) {
    long batch = query.size(0);
    long source = memory.sourceLength();
    INDArray projectedQuery = Gemm.gemm(query, queryWeight.value(), false, false);
    INDArray activations = Nd4j.createUninitialized(query.dataType(), batch, source, hidden);
    Nd4j.getExecutioner().exec(new BroadcastAddOp(memory.projectedKeys(), projectedQuery, activations, BATCH_AXIS,
        HIDDEN_AXIS));
    Transforms.tanh(activations, false);
    INDArray scores = Gemm.gemm(activations.reshape('c', batch * source, hidden), scoreVector.value(), false, false)
        .reshape('c', batch, source).addi(memory.maskBias());
    INDArray weights = Transforms.softmax(scores, false);
    INDArray context = Nd4j.matmul(weights.reshape('c', batch, 1, source), memory.keys()).reshape('c', batch, hidden);
    return new Step(query, activations, weights, context);
  }

  /**
   * Back-propagates {@code dL/dctx}: adds the keys' direct gradient into {@code keysGradient} and the
   * projected keys' gradient into {@code projectedGradient} (both {@code [batch, source, hidden]}),
   * accumulates {@code W_q} and {@code v}, and returns {@code dL/dquery}.
   */
  INDArray backward(Step step, AttentionMemory memory, INDArray contextGradient, INDArray keysGradient,
      INDArray projectedGradient) {
    long batch = contextGradient.size(0);
    long source = memory.sourceLength();
    INDArray a = step.weights();
    INDArray dContext = contextGradient.reshape('c', batch, hidden, 1);
    INDArray dWeights = Nd4j.matmul(memory.keys(), dContext).reshape('c', batch, source);
    keysGradient.addi(Nd4j.matmul(a.reshape('c', batch, source, 1), dContext.reshape('c', batch, 1, hidden)));
    INDArray dScores = a.mul(dWeights.subColumnVector(a.mul(dWeights).sum(1)));
    INDArray t = step.activations().reshape('c', batch * source, hidden);
    INDArray dScoreColumn = dScores.reshape('c', batch * source, 1);
    Gemm.gemm(t, dScoreColumn, scoreVector.gradient(), true, false, 1.0, 1.0);
    INDArray dPre = Gemm.gemm(dScoreColumn, scoreVector.value(), false, true);
    dPre.muli(t.mul(t).rsubi(1.0));
    INDArray dPre3 = dPre.reshape('c', batch, source, hidden);
    projectedGradient.addi(dPre3);
    INDArray dProjectedQuery = dPre3.sum(SOURCE_AXIS);
    Gemm.gemm(step.query(), dProjectedQuery, queryWeight.gradient(), true, false, 1.0, 1.0);
    return Gemm.gemm(dProjectedQuery, queryWeight.value(), false, true);
  }

  /** The attentional vector's input {@code [ctx; s]} and value {@code tanh(W_c [ctx; s] + b_c)}. */
  record Combined(INDArray input, INDArray output) {}

  Combined combine(INDArray context, INDArray state) {
    INDArray input = Nd4j.concat(1, context, state);
    return new Combined(input, Transforms.tanh(combine.forward(input), false));
  }

  /** Returns {@code {dL/dctx, dL/ds}}. */
  INDArray[] combineBackward(Combined combined, INDArray outputGradient) {
    INDArray dInput = combine.backward(combined.input(), Bridge.tanhBackward(combined.output(), outputGradient));
    INDArray dContext = dInput.get(all(), interval(0, hidden)).dup('c');
    INDArray dState = dInput.get(all(), interval(hidden, 2L * hidden)).dup('c');
    return new INDArray[] {dContext, dState};
  }

  private static org.nd4j.linalg.indexing.INDArrayIndex all() {
    return org.nd4j.linalg.indexing.NDArrayIndex.all();
  }

  private static org.nd4j.linalg.indexing.INDArrayIndex interval(long from, long to) {
    return org.nd4j.linalg.indexing.NDArrayIndex.interval(from, to);
  }
}
