package org.seq4j.seq2seq.model;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.seq4j.nn.rnn.RecurrentState;
import org.seq4j.nn.rnn.SequenceGradient;

/**
 * The decoder over all target steps at once: the input of every step is {@code [E y_{t-1}; c]},
 * known in advance under teacher forcing, so the decoder RNN is one sequence call, and Luong
 * attention (when present) is three batched matmuls over all steps after it. The gradient of c is
 * the sum over time of its input columns.
 */
final class SequenceDecoding implements DecoderPass {
  private static final int FEATURE_AXIS = 2;
  private static final int TIME_AXIS = 0;

  private final Seq2SeqNetwork network;
  private final StackRunner.Pass decoderPass;
  private final LuongAttention.Pass attentionPass;
  private final INDArray features;

  /**
   * @param embedded target embeddings (after dropout), {@code [time, batch, embedding]}
   * @param mask {@code [batch, time]}
   * @param dropout null for inference
   */
  SequenceDecoding(Seq2SeqNetwork network, INDArray embedded, INDArray mask, INDArray context,
      RecurrentState initial, AttentionMemory memory, StackRunner.LayerDropout dropout) {
    this.network = network;
    long time = embedded.size(0);
    long rows = context.size(0);
    INDArray repeated = context.reshape('c', 1, rows * context.size(1)).repeat(0, time)
        .reshape('c', time, rows, context.size(1));
    INDArray input = Nd4j.concat(FEATURE_AXIS, embedded, repeated);
    this.decoderPass = StackRunner.forward(network.decoder(), input, mask, initial, dropout);
    if (network.attention() != null) {
      this.attentionPass = network.attention().forward(decoderPass.output(), memory);
      this.features = attentionPass.output();
    } else {
      this.attentionPass = null;
      this.features = decoderPass.output();
    }
  }

  @Override
  public INDArray features() {
    return features;
  }

  @Override
  public Gradient backward(INDArray featuresGradient) {
    INDArray dOutput = featuresGradient;
    INDArray dEncoderOutputs = null;
    if (attentionPass != null) {
      LuongAttention.Gradient g = network.attention().backward(attentionPass, featuresGradient);
      dOutput = g.decoderStates();
      dEncoderOutputs = g.encoderOutputs();
    }
    SequenceGradient g = StackRunner.backward(network.decoder(), decoderPass, dOutput, null);
    long e = network.config().embeddingSize();
    long h = network.config().hiddenSize();
    INDArray dInput = g.input();
    INDArray dEmbedded = dInput.get(NDArrayIndex.all(), NDArrayIndex.all(), NDArrayIndex.interval(0, e)).dup('c');
    INDArray dContext = dInput.get(NDArrayIndex.all(), NDArrayIndex.all(), NDArrayIndex.interval(e, e + h))
        .sum(TIME_AXIS);
    return new Gradient(dEmbedded, dContext, g.initialState(), dEncoderOutputs);
  }
}
