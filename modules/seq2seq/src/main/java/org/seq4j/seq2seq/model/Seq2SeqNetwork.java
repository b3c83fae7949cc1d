package org.seq4j.seq2seq.model;

import java.util.SplittableRandom;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;
import org.seq4j.corpus.vocab.Vocabulary;
import org.seq4j.nn.layers.Embedding;
import org.seq4j.nn.layers.RowArgMax;
import org.seq4j.nn.linalg.NativeMemory;
import org.seq4j.nn.param.ParameterSet;
import org.seq4j.nn.rnn.FixedInput;
import org.seq4j.nn.rnn.RecurrentStack;

/**
 * The encoder-decoder: source embedding, N-layer bidirectional encoder, {@link Bridge} to the
 * decoder's initial state and the context vector c, M-layer unidirectional decoder whose input at
 * every step is {@code [embedding(y_{t-1}); c]} (Cho et al. 2014) plus, for Bahdanau attention, the
 * attention context and, with input feeding, the previous attentional vector ({@link DecoderStep}),
 * optional Luong attention after the decoder, an optional deep output ({@link DeepOutput}), and an
 * output layer over the target vocabulary (optionally tied to the target embedding).
 *
 * <p>This class holds the parameters and the inference paths: {@link #encode} once per batch, then
 * {@link #decodeStep} once per token with an incremental {@link DecoderState}. Training (teacher
 * forcing, with backward) is {@link TeacherForcing}. Inference never writes into its arguments or the
 * parameters, so one network can serve several threads.
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
  private final BahdanauAttention bahdanau;
  private final DeepOutput deepOutput;
  private final DecoderStep step;
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
    this.decoder = RecurrentStack.unidirectional("decoder", config.cell(), config.decoderInputSize(), h,
        config.decoderLayers(), config.dropout(), dataType, seeds.nextLong());
    long attentionSeed = seeds.nextLong();
    this.attention = config.attention().isLuong() ? new LuongAttention(config.attention(), h, dataType, attentionSeed)
        : null;
    this.bahdanau = config.attention() == AttentionType.BAHDANAU ? new BahdanauAttention(h, dataType, attentionSeed)
        : null;
    long outputSeed = seeds.nextLong();
    this.output = config.tieTargetEmbeddings() ? OutputProjection.tied(targetEmbedding.weight())
        : OutputProjection.untied(h, config.targetVocabularySize(), dataType, outputSeed);
    long readoutSeed = seeds.nextLong();
    this.deepOutput = config.deepOutput() ? new DeepOutput(h, e, dataType, readoutSeed) : null;
    this.step = new DecoderStep(decoder, attention, bahdanau, config);
    parameters.addAll(sourceEmbedding.parameters());
    parameters.addAll(targetEmbedding.parameters());
    parameters.addAll(encoder.parameters());
    parameters.addAll(bridge.parameters());
    parameters.addAll(decoder.parameters());
    if (attention != null) {
      parameters.addAll(attention.parameters());
    }
    if (bahdanau != null) {
      parameters.addAll(bahdanau.parameters());
    }
    parameters.addAll(output.parameters());
    if (deepOutput != null) {
      parameters.addAll(deepOutput.parameters());
    }
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
    StackRunner.Pass pass = StackRunner.forward(encoder, sourceEmbedding.forward(ids), mask, null, null);
    Bridge.Output bridged = bridge.forward(encoder.layerStates(pass.finalState()));
    return new EncodedSource(bridged.decoderInitial(), bridged.context(), memory(pass.output(), mask));
  }

  /** The attention memory of time-major encoder outputs (with Bahdanau's projected keys), or null. */
  AttentionMemory memory(INDArray encoderOutputs, INDArray sourceMask) {
    if (attention == null && bahdanau == null) {
      return null;
    }
    AttentionMemory memory = AttentionMemory.of(encoderOutputs, sourceMask);
    return bahdanau == null ? memory : memory.withProjectedKeys(bahdanau.projectKeys(memory.keys()));
  }

  /**
   * The state before the first decoder step. It carries the context vector's share of the decoder's
   * input projection ({@link DecoderState#fixedContext()}), computed here once for all the steps of
   * the run: the context columns come right after the embedding in the decoder input.
   */
  public DecoderState initialState(EncodedSource source) {
    INDArray feed = config.inputFeeding()
        ? Nd4j.zeros(dataType, source.context().size(0), config.hiddenSize()) : null;
    FixedInput fixedContext = decoder.fixInput(source.context(), config.embeddingSize());
    return new DecoderState(source.decoderInitial(), source.context(), source.memory(), feed, fixedContext);
  }

  /**
   * One decoder step's log-probabilities {@code [rows, vocab]}, the state after it, and the attention
   * weights {@code [rows, source]} the step predicted with (null without attention).
   */
  public record StepOutput(INDArray logProbabilities, DecoderState next, INDArray attention) {
    public StepOutput(INDArray logProbabilities, DecoderState next) {
      this(logProbabilities, next, null);
    }
  }

  /** Feeds one token per row (the previous output, or BOS first) and returns the next distribution. */
  public StepOutput decodeStep(DecoderState state, int[] previousTokens) {
    StepLogits out = stepLogits(state, previousTokens);
    INDArray logProbabilities = logSoftmax(out.logits());
    NativeMemory.release(out.logits());
    return new StepOutput(logProbabilities, out.next(), out.attention());
  }

  /**
   * The most probable next token per row (the first of equals), its log-probability (null when not
   * asked for), and the next state.
   */
  public record GreedyOutput(int[] tokens, double[] logProbabilities, DecoderState next) {}

  /**
   * {@link #decodeStep} reduced to the best token per row without materialising the log-softmax: the
   * argmax of the logits is the argmax of the log-probabilities, and the best log-probability is
   * {@code -log Σ_v exp(x_v - max)}. Without log-probabilities a step ends with one argmax over the
   * logits, as in the PyTorch peer's greedy loop. (ND4J's {@code reduce_logsumexp} op is not used:
   * measured 7x slower than these three ops on {@code [64, 8000]}.)
   */
  public GreedyOutput greedyStep(DecoderState state, int[] previousTokens, boolean withLogProbabilities) {
    StepLogits out = stepLogits(state, previousTokens);
    INDArray logits = out.logits();
    int[] best = RowArgMax.of(logits);
    double[] logProbabilities = null;
    if (withLogProbabilities) {
      INDArray shifted = logits.subiColumnVector(logits.max(1));
      double[] partition = Transforms.exp(shifted, false).sum(1).toDoubleVector();
      logProbabilities = new double[best.length];
      for (int r = 0; r < best.length; r++) {
        logProbabilities[r] = -Math.log(partition[r]);
      }
    }
    NativeMemory.release(logits);
    return new GreedyOutput(best, logProbabilities, out.next());
  }

  private record StepLogits(INDArray logits, DecoderState next, INDArray attention) {}

  private StepLogits stepLogits(DecoderState state, int[] previousTokens) {
    if (previousTokens.length != state.rows()) {
      throw new IllegalArgumentException(previousTokens.length + " tokens for " + state.rows() + " rows");
    }
    INDArray embedded = targetEmbedding.forward(Nd4j.createFromArray(previousTokens));
    DecoderStep.Result r = step.forward(embedded, state.context(), state.fixedContext(), state.recurrent(),
        state.feed(), state.memory(), null, null);
    INDArray features = deepOutput == null ? r.features()
        : deepOutput.forward(r.features(), embedded, state.context()).output();
    DecoderState next = state.next(r.state(), config.inputFeeding() ? r.features() : null);
    INDArray logits = output.forward(features);
    NativeMemory.release(embedded);
    if (features != r.features()) {
      NativeMemory.release(features);
    }
    return new StepLogits(logits, next, r.weights());
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

  BahdanauAttention bahdanau() {
    return bahdanau;
  }

  DeepOutput deepOutput() {
    return deepOutput;
  }

  DecoderStep step() {
    return step;
  }

  OutputProjection output() {
    return output;
  }
}
