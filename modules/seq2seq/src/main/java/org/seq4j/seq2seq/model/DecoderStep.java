package org.seq4j.seq2seq.model;

import java.util.ArrayList;
import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.seq4j.nn.rnn.FixedInput;
import org.seq4j.nn.rnn.RecurrentStack;
import org.seq4j.nn.rnn.RecurrentState;
import org.seq4j.nn.rnn.SequenceGradient;

/**
 * One decoder step, forward (inference or training) and backward; the single definition of what a
 * step computes, used by incremental decoding ({@link Seq2SeqNetwork#decodeStep}) and by step-wise
 * training ({@link StepwiseDecoding}), so the two cannot drift apart:
 *
 * <pre>
 * ctx_t = bahdanau(s_{t-1})                                   (Bahdanau only)
 * x_t   = [E y_{t-1}; c; ctx_t (Bahdanau); h~_{t-1} (input feeding)]
 * s_t   = RNN(x_t, state_{t-1})
 * h~_t  = tanh(W_c [luong(s_t); s_t]) | tanh(W_c [ctx_t; s_t]) | s_t  (dot/general | Bahdanau | none)
 * </pre>
 *
 * Rows are sentences (or sentences x beams); all tensors are {@code [rows, .]}.
 */
final class DecoderStep {
  private final RecurrentStack decoder;
  private final LuongAttention luong;
  private final BahdanauAttention bahdanau;
  private final boolean inputFeeding;
  private final int hidden;
  private final int embedding;

  DecoderStep(RecurrentStack decoder, LuongAttention luong, BahdanauAttention bahdanau, Seq2SeqConfig config) {
    this.decoder = decoder;
    this.luong = luong;
    this.bahdanau = bahdanau;
    this.inputFeeding = config.inputFeeding();
    this.hidden = config.hiddenSize();
    this.embedding = config.embeddingSize();
  }

  /** What backward needs from a training step. */
  record Trace(StackRunner.Pass stack, BahdanauAttention.Step additive, BahdanauAttention.Combined combined,
      LuongAttention.Pass multiplicative, long rows) {}

  /**
   * @param features the attentional vector h~_t (the decoder output when there is no attention)
   * @param state the stack state after the step
   * @param weights attention weights {@code [rows, source]}, or null without attention
   * @param trace null in inference
   */
  record Result(INDArray features, RecurrentState state, INDArray weights, Trace trace) {}

  /**
   * @param feed h~_{t-1} with input feeding (zeros before the first step), else ignored
   * @param mask {@code [rows, 1]}: 0 keeps a row's state (target padding), or null
   * @param dropout the between-layer dropout of a training step, or null for inference
   */
  Result forward(INDArray embedded, INDArray context, RecurrentState state, INDArray feed, AttentionMemory memory,
      INDArray mask, StackRunner.LayerDropout dropout) {
    return forward(embedded, context, null, state, feed, memory, mask, dropout);
  }

  /**
   * As above; with a {@code fixedContext} (inference only: no mask, no dropout) the context columns
   * are left out of the RNN input and their projection is taken from it, so the step multiplies only
   * the embedding (and attention) columns.
   */
  Result forward(INDArray embedded, INDArray context, FixedInput fixedContext, RecurrentState state, INDArray feed,
      AttentionMemory memory, INDArray mask, StackRunner.LayerDropout dropout) {
    if (fixedContext != null && (mask != null || dropout != null)) {
      throw new IllegalArgumentException("a fixed context is for inference steps (no mask, no dropout)");
    }
    long rows = embedded.size(0);
    List<INDArray> parts = new ArrayList<>(List.of(embedded));
    if (fixedContext == null) {
      parts.add(context);
    }
    BahdanauAttention.Step additive = null;
    if (bahdanau != null) {
      additive = bahdanau.attend(topHidden(state.hidden()), memory);
      parts.add(additive.context());
    }
    if (inputFeeding) {
      parts.add(feed);
    }
    INDArray input = parts.size() == 1 ? parts.get(0) : Nd4j.concat(1, parts.toArray(INDArray[]::new));
    StackRunner.Pass stack;
    INDArray output;
    if (fixedContext != null) {
      RecurrentState next = decoder.step(input, fixedContext, state);
      List<RecurrentState> layers = decoder.layerStates(next);
      output = layers.get(layers.size() - 1).hidden();
      stack = new StackRunner.Pass(output, next, null, null);
    } else {
      stack = StackRunner.forward(decoder, input.reshape('c', 1, rows, input.size(1)), mask, state, dropout);
      output = stack.output().reshape('c', rows, hidden);
    }
    INDArray features = output;
    INDArray weights = null;
    LuongAttention.Pass multiplicative = null;
    BahdanauAttention.Combined combined = null;
    if (luong != null) {
      multiplicative = luong.forward(output.reshape('c', 1, rows, hidden), memory);
      features = multiplicative.output().reshape('c', rows, hidden);
      weights = multiplicative.weights().reshape('c', rows, memory.sourceLength());
    } else if (bahdanau != null) {
      combined = bahdanau.combine(additive.context(), output);
      features = combined.output();
      weights = additive.weights();
    }
    Trace trace = dropout == null ? null : new Trace(stack, additive, combined, multiplicative, rows);
    return new Result(features, stack.finalState(), weights, trace);
  }

  /**
   * Sums of the attention gradients over the steps of a batch, batch-major {@code [batch, source,
   * hidden]}: w.r.t. the keys, and (Bahdanau) w.r.t. the projected keys.
   */
  record KeyGradients(INDArray keys, INDArray projectedKeys) {
    static KeyGradients zerosLike(AttentionMemory memory) {
      return new KeyGradients(memory.keys().ulike().assign(0),
          memory.projectedKeys() == null ? null : memory.projectedKeys().ulike().assign(0));
    }
  }

  /** Gradients w.r.t. a step's inputs; {@code feed} is null without input feeding. */
  record Gradient(INDArray embedded, INDArray context, RecurrentState state, INDArray feed) {}

  /**
   * @param featuresGradient dL/dh~_t from the output layer and (input feeding) the next step
   * @param stateGradient dL/d(state after the step) from the next step, or null after the last step
   * @param keys accumulates the attention gradients w.r.t. the encoder outputs (ignored without attention)
   */
  Gradient backward(Trace trace, AttentionMemory memory, INDArray featuresGradient, RecurrentState stateGradient,
      KeyGradients keys) {
    long rows = trace.rows();
    INDArray dOutput = featuresGradient;
    INDArray dAdditiveContext = null;
    if (trace.multiplicative() != null) {
      LuongAttention.BatchMajorGradient g = luong.backwardBatchMajor(trace.multiplicative(),
          featuresGradient.reshape('c', rows, 1, hidden));
      dOutput = g.queries().reshape('c', rows, hidden);
      keys.keys().addi(g.keys());
    } else if (trace.combined() != null) {
      INDArray[] g = bahdanau.combineBackward(trace.combined(), featuresGradient);
      dAdditiveContext = g[0];
      dOutput = g[1];
    }
    SequenceGradient g = StackRunner.backward(decoder, trace.stack(), dOutput.reshape('c', 1, rows, hidden),
        stateGradient);
    INDArray dInput = g.input().reshape('c', rows, g.input().size(2));
    long at = 0;
    INDArray dEmbedded = columns(dInput, at, at += embedding);
    INDArray dContext = columns(dInput, at, at += hidden);
    RecurrentState dState = g.initialState();
    if (bahdanau != null) {
      dAdditiveContext.addi(columns(dInput, at, at += hidden));
      INDArray dQuery = bahdanau.backward(trace.additive(), memory, dAdditiveContext, keys.keys(), keys.projectedKeys());
      topHidden(dState.hidden()).addi(dQuery);
    }
    INDArray dFeed = inputFeeding ? columns(dInput, at, at + hidden) : null;
    return new Gradient(dEmbedded, dContext, dState, dFeed);
  }

  /** The top decoder layer's hidden state (a view) within the stack's hidden state. */
  private INDArray topHidden(INDArray stackHidden) {
    long width = stackHidden.size(1);
    return width == hidden ? stackHidden : stackHidden.get(NDArrayIndex.all(), NDArrayIndex.interval(width - hidden,
        width));
  }

  private static INDArray columns(INDArray x, long from, long to) {
    return x.get(NDArrayIndex.all(), NDArrayIndex.interval(from, to)).dup('c');
  }
}
