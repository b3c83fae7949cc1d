package org.seq4j.seq2seq.model;

import java.util.ArrayList;
import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.seq4j.nn.rnn.RecurrentState;

/**
 * The decoder step by step with back-propagation through time over the decoder steps, for models
 * whose step t reads step t-1's attention (Bahdanau's context from {@code s_{t-1}}, or the fed
 * attentional vector {@code h~_{t-1}}). Each step is a {@link DecoderStep}, the same code incremental
 * decoding runs. Backward walks the steps in reverse carrying {@code dL/dstate} and {@code dL/dh~};
 * the attention gradients of all steps are summed into one key gradient, so the encoder (and the
 * Bahdanau key projection) back-propagate once per batch.
 *
 * <p>Costlier than {@link SequenceDecoding}: the decoder's input projection is one small gemm per
 * step instead of one per sequence, and every step allocates its own buffers.
 */
final class StepwiseDecoding implements DecoderPass {
  private final Seq2SeqNetwork network;
  private final AttentionMemory memory;
  private final RecurrentState initial;
  private final List<DecoderStep.Trace> traces;
  private final INDArray features;
  private final int embedding;

  /** Arguments as for {@link SequenceDecoding}; {@code memory} carries projected keys for Bahdanau. */
  StepwiseDecoding(Seq2SeqNetwork network, INDArray embedded, INDArray mask, INDArray context, RecurrentState initial,
      AttentionMemory memory, StackRunner.LayerDropout dropout) {
    this.network = network;
    this.memory = memory;
    this.initial = initial;
    this.embedding = network.config().embeddingSize();
    int time = (int) embedded.size(0);
    long rows = context.size(0);
    int hidden = network.config().hiddenSize();
    this.features = Nd4j.createUninitialized(context.dataType(), time, rows, hidden);
    this.traces = new ArrayList<>(time);
    RecurrentState state = initial;
    INDArray feed = network.config().inputFeeding() ? Nd4j.zeros(context.dataType(), rows, hidden) : null;
    for (int t = 0; t < time; t++) {
      INDArray stepMask = mask == null ? null : mask.get(NDArrayIndex.all(), NDArrayIndex.interval(t, t + 1)).dup('c');
      DecoderStep.Result r = network.step().forward(step(embedded, t), context, state, feed, memory, stepMask,
          dropout);
      step(features, t).assign(r.features());
      traces.add(r.trace());
      state = r.state();
      feed = r.features();
    }
  }

  @Override
  public INDArray features() {
    return features;
  }

  @Override
  public Gradient backward(INDArray featuresGradient) {
    int time = traces.size();
    long rows = features.size(1);
    INDArray dEmbedded = Nd4j.createUninitialized(features.dataType(), time, rows, embedding);
    INDArray dContext = Nd4j.zeros(features.dataType(), rows, features.size(2));
    DecoderStep.KeyGradients keys = memory == null ? null : DecoderStep.KeyGradients.zerosLike(memory);
    RecurrentState dState = null;
    INDArray dFeed = null;
    for (int t = time - 1; t >= 0; t--) {
      INDArray dFeatures = dFeed == null ? step(featuresGradient, t) : step(featuresGradient, t).add(dFeed);
      DecoderStep.Gradient g = network.step().backward(traces.get(t), memory, dFeatures, dState, keys);
      step(dEmbedded, t).assign(g.embedded());
      dContext.addi(g.context());
      dState = g.state();
      dFeed = g.feed();
    }
    if (dState == null) {
      dState = zerosLike(initial);
    }
    INDArray dEncoderOutputs = null;
    if (keys != null) {
      INDArray dKeys = keys.keys();
      if (keys.projectedKeys() != null) {
        dKeys.addi(network.bahdanau().backwardKeys(memory.keys(), keys.projectedKeys()));
      }
      dEncoderOutputs = dKeys.permute(1, 0, 2).dup('c');
    }
    return new Gradient(dEmbedded, dContext, dState, dEncoderOutputs);
  }

  /** Time step t of a time-major tensor, {@code [batch, features]} (a contiguous view). */
  private static INDArray step(INDArray timeMajor, int t) {
    return timeMajor.get(NDArrayIndex.point(t), NDArrayIndex.all(), NDArrayIndex.all());
  }

  private static RecurrentState zerosLike(RecurrentState state) {
    return new RecurrentState(state.hidden().ulike().assign(0),
        state.cell() == null ? null : state.cell().ulike().assign(0));
  }
}
