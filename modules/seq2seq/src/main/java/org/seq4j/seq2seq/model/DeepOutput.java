package org.seq4j.seq2seq.model;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.INDArrayIndex;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.nd4j.linalg.ops.transforms.Transforms;
import org.seq4j.nn.layers.Linear;
import org.seq4j.nn.param.ParameterSet;

/**
 * Cho et al.'s (2014) readout: the output layer reads {@code r_t = tanh(W_o [o_t; E y_{t-1}; c] + b_o)}
 * ({@code hidden} wide) rather than the decoder output {@code o_t} alone, so the previous word and the
 * context vector reach the prediction without passing through the recurrent state. Cho uses a maxout
 * unit here; tanh keeps the layer one affine map with a cheap backward, and its width keeps the output
 * projection (and weight tying) unchanged.
 *
 * <p>Works on any leading shape: {@code [time, batch, .]} in training, {@code [batch, .]} per
 * decoding step; {@code context} is always {@code [batch, hidden]} and broadcast over time.
 */
final class DeepOutput {
  private final Linear readout;
  private final int hidden;
  private final int embedding;

  DeepOutput(int hidden, int embedding, DataType dataType, long seed) {
    this.hidden = hidden;
    this.embedding = embedding;
    this.readout = Linear.create("readout", 2 * hidden + embedding, hidden, dataType, seed);
  }

  ParameterSet parameters() {
    return readout.parameters();
  }

  /** The activations and the input they came from. */
  record Pass(INDArray input, INDArray output) {}

  /**
   * @param features decoder outputs {@code [..., hidden]}
   * @param embedded previous-token embeddings {@code [..., embedding]}
   * @param context {@code [batch, hidden]}
   */
  Pass forward(INDArray features, INDArray embedded, INDArray context) {
    int axis = features.rank() - 1;
    INDArray contexts = context;
    if (features.rank() == 3) {
      long time = features.size(0);
      long rows = context.size(0);
      contexts = context.reshape('c', 1, rows * hidden).repeat(0, time).reshape('c', time, rows, hidden);
    }
    INDArray input = Nd4j.concat(axis, features, embedded, contexts);
    return new Pass(input, Transforms.tanh(readout.forward(input), false));
  }

  /** Gradients w.r.t. the features and the embeddings (shaped like them) and the context {@code [batch, hidden]}. */
  record Gradient(INDArray features, INDArray embedded, INDArray context) {}

  Gradient backward(Pass pass, INDArray outputGradient) {
    INDArray dInput = readout.backward(pass.input(), Bridge.tanhBackward(pass.output(), outputGradient));
    boolean sequence = dInput.rank() == 3;
    INDArray dFeatures = columns(dInput, 0, hidden, sequence);
    INDArray dEmbedded = columns(dInput, hidden, hidden + embedding, sequence);
    INDArray dContexts = columns(dInput, hidden + embedding, 2L * hidden + embedding, sequence);
    return new Gradient(dFeatures, dEmbedded, sequence ? dContexts.sum(0) : dContexts);
  }

  private static INDArray columns(INDArray x, long from, long to, boolean sequence) {
    INDArrayIndex range = NDArrayIndex.interval(from, to);
    return (sequence ? x.get(NDArrayIndex.all(), NDArrayIndex.all(), range) : x.get(NDArrayIndex.all(), range))
        .dup('c');
  }
}
