package org.seq4j.seq2seq.model;

import java.util.SplittableRandom;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;
import org.seq4j.corpus.vocab.Vocabulary;
import org.seq4j.nn.layers.Embedding;
import org.seq4j.nn.param.ParameterSet;
import org.seq4j.nn.rnn.RecurrentPass;
import org.seq4j.nn.rnn.RecurrentStack;
import org.seq4j.nn.rnn.RecurrentState;

/**
 * The encoder-decoder: source embedding, N-layer bidirectional encoder, {@link Bridge} to the
 * decoder's initial state and the context vector c, M-layer unidirectional decoder whose input at
 * every step is {@code [embedding(y_{t-1}); c]} (Cho et al. 2014), optional Luong attention after the
 * decoder, and an output layer over the target vocabulary (optionally tied to the target embedding).
 *
 * <p>This class holds the parameters and the inference paths: {@link #encode} once per batch, then
 * {@link #decodeStep} once per token with an incremental {@link DecoderState}. Training (teacher
 * forcing over whole sequences, with backward) is {@link TeacherForcing}. Inference never writes into
 * its arguments or the parameters, so one network can serve several threads.
 */
public final class Seq2SeqNetwork {
  private final Seq2SeqConfig config;
  private final DataType dataType;
  private final Embedding sourceEmbedding;
  private final Embedding targetEmbedding;
  private final RecurrentStack encoder;
  private final Bridge bridge;
  private final RecurrentStack decoder;
  private final LuongAttention attention;
  private final OutputProjection output;
  private final ParameterSet parameters = new ParameterSet();

  /** Initialises every parameter from {@code config.seed()}. */
  public Seq2SeqNetwork(Seq2SeqConfig config, DataType dataType) {
    this.config = config;
    this.dataType = dataType;
    SplittableRandom seeds = new SplittableRandom(config.seed());
    int e = config.embeddingSize();
    int h = config.hiddenSize();
    double embeddingScale = embeddingStddev(e);
    this.sourceEmbedding = Embedding.random("source.embedding", config.sourceVocabularySize(), e,
        Vocabulary.PAD_ID, embeddingScale, dataType, seeds.nextLong());
    this.targetEmbedding = Embedding.random("target.embedding", config.targetVocabularySize(), e,
        Vocabulary.PAD_ID, embeddingScale, dataType, seeds.nextLong());
    this.encoder = RecurrentStack.bidirectional("encoder", config.cell(), e, config.encoderDirectionSize(),
        config.encoderLayers(), config.dropout(), dataType, seeds.nextLong());
    this.bridge = new Bridge(config.encoderLayers(), config.decoderLayers(), config.cell().stateComponents(), h,
        dataType, seeds.nextLong());
    this.decoder = RecurrentStack.unidirectional("decoder", config.cell(), e + h, h, config.decoderLayers(),
        config.dropout(), dataType, seeds.nextLong());
    long attentionSeed = seeds.nextLong();
    this.attention = config.attention() == AttentionType.NONE ? null
        : new LuongAttention(config.attention(), h, dataType, attentionSeed);
    long outputSeed = seeds.nextLong();
    this.output = config.tieTargetEmbeddings() ? OutputProjection.tied(targetEmbedding.weight())
        : OutputProjection.untied(h, config.targetVocabularySize(), dataType, outputSeed);
    parameters.addAll(sourceEmbedding.parameters());
    parameters.addAll(targetEmbedding.parameters());
    parameters.addAll(encoder.parameters());
    parameters.addAll(bridge.parameters());
    parameters.addAll(decoder.parameters());
    if (attention != null) {
      parameters.addAll(attention.parameters());
    }
    parameters.addAll(output.parameters());
  }

  /**
   * Embeddings start from N(0, 1/dim) rather than PyTorch's N(0, 1): each vector then has norm about 1,
   * the scale of the tanh-bounded context vector it is concatenated with in the decoder input.
   */
  static double embeddingStddev(int dim) {
    return 1.0 / Math.sqrt(dim);
  }

  public Seq2SeqConfig config() {
    return config;
  }

  public DataType dataType() {
    return dataType;
  }

  /** Every parameter, in a fixed order (the model-file order). */
  public ParameterSet parameters() {
    return parameters;
  }

  /**
   * Encodes padded source rows (ids already reversed if the config says so).
   *
   * @param sourceIds row-major {@code [rows * steps]}
   * @param sourceMask row-major {@code [rows * steps]}, 1 real, 0 padding
   */
  public EncodedSource encode(int[] sourceIds, float[] sourceMask, int rows, int steps) {
    INDArray ids = TimeMajorIds.of(sourceIds, rows, steps);
    INDArray mask = TimeMajorIds.mask(sourceMask, rows, steps, dataType);
    RecurrentPass pass = encoder.forward(sourceEmbedding.forward(ids), mask, null, false);
    Bridge.Output bridged = bridge.forward(encoder.layerStates(pass.finalState()));
    AttentionMemory memory = attention == null ? null : AttentionMemory.of(pass.output(), mask);
    return new EncodedSource(bridged.decoderInitial(), bridged.context(), memory);
  }

  /** The state before the first decoder step. */
  public DecoderState initialState(EncodedSource source) {
    return new DecoderState(source.decoderInitial(), source.context(), source.memory());
  }

  /** One decoder step's log-probabilities {@code [rows, vocab]} and the state after it. */
  public record StepOutput(INDArray logProbabilities, DecoderState next) {}

  /** Feeds one token per row (the previous output, or BOS first) and returns the next distribution. */
  public StepOutput decodeStep(DecoderState state, int[] previousTokens) {
    if (previousTokens.length != state.rows()) {
      throw new IllegalArgumentException(previousTokens.length + " tokens for " + state.rows() + " rows");
    }
    INDArray embedded = targetEmbedding.forward(Nd4j.createFromArray(previousTokens));
    INDArray input = Nd4j.concat(1, embedded, state.context());
    RecurrentState next = decoder.step(input, state.recurrent());
    INDArray top = decoder.layerStates(next).get(config.decoderLayers() - 1).hidden();
    INDArray features = top;
    if (attention != null) {
      INDArray query = top.reshape('c', 1, top.size(0), top.size(1));
      features = attention.forward(query, state.memory()).output().reshape('c', top.size(0), top.size(1));
    }
    INDArray logits = output.forward(features);
    return new StepOutput(logSoftmax(logits), new DecoderState(next, state.context(), state.memory()));
  }

  /** Row-wise log-softmax, numerically stable. */
  static INDArray logSoftmax(INDArray logits) {
    INDArray shifted = logits.subColumnVector(logits.max(1));
    INDArray logPartition = Transforms.log(Transforms.exp(shifted, true).sum(1), false);
    return shifted.subiColumnVector(logPartition);
  }

  Embedding sourceEmbedding() {
    return sourceEmbedding;
  }

  Embedding targetEmbedding() {
    return targetEmbedding;
  }

  RecurrentStack encoder() {
    return encoder;
  }

  Bridge bridge() {
    return bridge;
  }

  RecurrentStack decoder() {
    return decoder;
  }

  LuongAttention attention() {
    return attention;
  }

  OutputProjection output() {
    return output;
  }
}
