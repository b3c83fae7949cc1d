package org.seq4j.seq2seq.model;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.broadcast.BroadcastAddOp;
import org.nd4j.linalg.api.rng.Random;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;
import org.seq4j.nn.layers.Linear;
import org.seq4j.nn.param.Parameter;
import org.seq4j.nn.param.ParameterSet;

/**
 * Luong et al. (2015) global attention applied to all decoder states at once, after the decoder
 * RNN: {@code score(h_t, s) = h_t · s} (dot) or {@code h_t W_a s} (general), weights {@code a_t =
 * softmax} over real source positions, context {@code c_t = Σ a_ts s}, attentional state
 * {@code h~_t = tanh(W_c [c_t; h_t] + b_c)}.
 *
 * <p>Without input feeding no attention output is fed back into the decoder, so attention over a
 * whole target sequence is three batched matmuls after the decoder RNN, and its backward is explicit
 * and independent of the recurrent backward. Decoding and step-wise training (input feeding) call the
 * same {@link #forward} with one time step. Tensors are time-major at the interface ({@code [time,
 * batch, hidden]}) and batch-major inside.
 */
final class LuongAttention {
  private static final int BATCH_AXIS = 0;
  private static final int SOURCE_AXIS = 2;

  private final AttentionType type;
  private final Parameter scoreWeight;
  private final Linear combine;
  private final int hidden;
  private final ParameterSet parameters = new ParameterSet();

  LuongAttention(AttentionType type, int hidden, DataType dataType, long seed) {
    if (type == AttentionType.NONE) {
      throw new IllegalArgumentException("no attention to build for type none");
    }
    this.type = type;
    this.hidden = hidden;
    Random rng = Nd4j.getRandomFactory().getNewRandomInstance(seed);
    if (type == AttentionType.GENERAL) {
      double bound = 1.0 / Math.sqrt(hidden);
      INDArray w = Nd4j.rand(rng, hidden, hidden).castTo(dataType).muli(2 * bound).subi(bound);
      scoreWeight = parameters.add(Parameter.of("attention.Wa", w));
    } else {
      scoreWeight = null;
    }
    this.combine = Linear.create("attention.combine", 2 * hidden, hidden, dataType, rng.nextLong());
    parameters.addAll(combine.parameters());
  }

  ParameterSet parameters() {
    return parameters;
  }

  /** Forward activations; {@link #output()} is {@code [time, batch, hidden]}. */
  record Pass(INDArray output, INDArray queries, INDArray projected, INDArray weights, INDArray combined,
      INDArray attentional, AttentionMemory memory) {}

  /** @param decoderStates {@code [time, batch, hidden]} */
  Pass forward(INDArray decoderStates, AttentionMemory memory) {
    long time = decoderStates.size(0);
    long batch = decoderStates.size(1);
    long source = memory.keys().size(1);
    INDArray queries = decoderStates.permute(1, 0, 2).dup('c');
    INDArray projected = type == AttentionType.GENERAL
        ? queries.reshape('c', batch * time, hidden).mmul(scoreWeight.value()).reshape('c', batch, time, hidden)
        : queries;
    INDArray scores = Nd4j.matmul(projected, memory.keys(), null, false, true, false);
    Nd4j.getExecutioner().exec(new BroadcastAddOp(scores, memory.maskBias(), scores, BATCH_AXIS, SOURCE_AXIS));
    INDArray weights = Transforms.softmax(scores.reshape('c', batch * time, source), false)
        .reshape('c', batch, time, source);
    INDArray context = Nd4j.matmul(weights, memory.keys());
    INDArray combined = Nd4j.concat(2, context, queries);
    INDArray attentional = Transforms.tanh(combine.forward(combined), false);
    INDArray output = attentional.permute(1, 0, 2).dup('c');
    return new Pass(output, queries, projected, weights, combined, attentional, memory);
  }

  /** Gradients w.r.t. the decoder states and the encoder outputs, both time-major. */
  record Gradient(INDArray decoderStates, INDArray encoderOutputs) {}

  Gradient backward(Pass pass, INDArray outputGradient) {
    BatchMajorGradient g = backwardBatchMajor(pass, outputGradient.permute(1, 0, 2).dup('c'));
    return new Gradient(g.queries().permute(1, 0, 2).dup('c'), g.keys().permute(1, 0, 2).dup('c'));
  }

  /** Gradients w.r.t. the queries {@code [batch, time, hidden]} and the keys {@code [batch, source, hidden]}. */
  record BatchMajorGradient(INDArray queries, INDArray keys) {}

  /** {@link #backward} with batch-major tensors: {@code dAttentional [batch, time, hidden]}. */
  BatchMajorGradient backwardBatchMajor(Pass pass, INDArray dAttentional) {
    INDArray dPre = Bridge.tanhBackward(pass.attentional(), dAttentional);
    INDArray dCombined = combine.backward(pass.combined(), dPre);
    long batch = dCombined.size(0);
    long time = dCombined.size(1);
    long source = pass.memory().keys().size(1);
    INDArray dContext = dCombined.get(all(), all(), interval(0, hidden)).dup('c');
    INDArray dQueries = dCombined.get(all(), all(), interval(hidden, 2L * hidden)).dup('c');
    INDArray keys = pass.memory().keys();
    INDArray weights = pass.weights();

    INDArray dWeights = Nd4j.matmul(dContext, keys, null, false, true, false);
    INDArray dKeys = Nd4j.matmul(weights, dContext, null, true, false, false);
    INDArray a = weights.reshape('c', batch * time, source);
    INDArray da = dWeights.reshape('c', batch * time, source);
    INDArray dScores = a.mul(da.subColumnVector(a.mul(da).sum(1))).reshape('c', batch, time, source);
    INDArray dProjected = Nd4j.matmul(dScores, keys);
    dKeys.addi(Nd4j.matmul(dScores, pass.projected(), null, true, false, false));
    if (type == AttentionType.GENERAL) {
      INDArray q = pass.queries().reshape('c', batch * time, hidden);
      INDArray dp = dProjected.reshape('c', batch * time, hidden);
      Nd4j.gemm(q, dp, scoreWeight.gradient(), true, false, 1.0, 1.0);
      dQueries.addi(dp.mmul(scoreWeight.value().transpose()).reshape('c', batch, time, hidden));
    } else {
      dQueries.addi(dProjected);
    }
    return new BatchMajorGradient(dQueries, dKeys);
  }

  private static org.nd4j.linalg.indexing.INDArrayIndex all() {
    return org.nd4j.linalg.indexing.NDArrayIndex.all();
  }

  private static org.nd4j.linalg.indexing.INDArrayIndex interval(long from, long to) {
    return org.nd4j.linalg.indexing.NDArrayIndex.interval(from, to);
  }
}
