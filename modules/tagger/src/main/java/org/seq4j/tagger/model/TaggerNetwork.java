package org.seq4j.tagger.model;

import java.util.SplittableRandom;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.rng.Random;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.seq4j.corpus.vocab.Vocabulary;
import org.seq4j.nn.layers.Dropout;
import org.seq4j.nn.layers.Embedding;
import org.seq4j.nn.layers.Linear;
import org.seq4j.nn.rnn.RecurrentPass;
import org.seq4j.nn.rnn.RecurrentStack;
import org.seq4j.nn.rnn.SequenceGradient;
import org.seq4j.nn.param.ParameterSet;

/**
 * The tagger network: word embedding (+ character features) → dropout → bidirectional recurrent
 * stack → dropout → linear tag scores → softmax or CRF ({@link TaggerConfig} describes each part).
 *
 * <p>Layout: everything outside the recurrent stack is batch-major {@code [batch, time, features]}
 * (what {@link Dropout#variational} and the CRF's emissions expect); the stack is time-major, so
 * its input and output are transposed once each way per batch, a copy of {@code batch * time *
 * features} values that is small next to the stack's own work. Character features are computed
 * once per distinct word of the batch and gathered to the token positions ({@link
 * DistinctWordFeatures}).
 *
 * <p>Thread safety: {@link #predict} only reads parameters and allocates its own arrays, so any
 * number of threads may predict at once. {@link #trainStep} accumulates into gradient buffers and
 * uses the caller's dropout random source: one training thread, and no prediction while training.
 */
public final class TaggerNetwork {

  /** Parameters and activations are single precision. */
  public static final DataType DATA_TYPE = DataType.FLOAT;

  private static final int BATCH_AXIS = 0;
  private static final int TIME_AXIS = 1;
  private static final int FEATURE_AXIS = 2;

  private final TaggerConfig config;
  private final Embedding words;
  private final DistinctWordFeatures chars;
  private final Dropout inputDropout;
  private final RecurrentStack encoder;
  private final Dropout outputDropout;
  private final Linear scores;
  private final TagOutput output;
  private final ParameterSet parameters = new ParameterSet();
  private final ParameterSet trainable = new ParameterSet();

  private TaggerNetwork(TaggerConfig config, Embedding words, CharFeatureEncoder chars, RecurrentStack encoder,
      Linear scores, TagOutput output) {
    this.config = config;
    this.words = words;
    this.chars = chars == null ? null : new DistinctWordFeatures(chars);
    this.encoder = encoder;
    this.scores = scores;
    this.output = output;
    this.inputDropout = config.variationalDropout() ? Dropout.variational(config.dropout())
        : Dropout.standard(config.dropout());
    this.outputDropout = config.variationalDropout() ? Dropout.variational(config.dropout())
        : Dropout.standard(config.dropout());
    parameters.addAll(words.parameters());
    trainable.addAll(words.trainableParameters());
    for (ParameterSet part : new ParameterSet[] {chars == null ? new ParameterSet() : chars.parameters(),
        encoder.parameters(), scores.parameters(), output.parameters()}) {
      parameters.addAll(part);
      trainable.addAll(part);
    }
  }

  /**
   * A freshly initialised network for these vocabularies.
   *
   * @param pretrained row-major {@code [words, embeddingDim]} initial word vectors, or {@code null}
   *     for a random N(0, 1) table
   * @param seed seeds every initialisation
   */
  public static TaggerNetwork create(TaggerConfig config, TaggerVocabularies vocabularies, float[] pretrained,
      long seed) {
    return create(config, vocabularies, pretrained, seed, DATA_TYPE);
  }

  /** As {@link #create(TaggerConfig, TaggerVocabularies, float[], long)} in another data type (gradient checks). */
  static TaggerNetwork create(TaggerConfig config, TaggerVocabularies vocabularies, float[] pretrained, long seed,
      DataType dataType) {
    SplittableRandom seeds = new SplittableRandom(seed);
    int wordCount = vocabularies.words().size();
    long wordSeed = seeds.nextLong();
    Embedding words = pretrained == null
        ? Embedding.of(Embedding.random("words", wordCount, config.embeddingDim(), Vocabulary.PAD_ID,
            unitNormStddev(config.embeddingDim()), dataType, wordSeed).weight(), Vocabulary.PAD_ID,
            config.freezeEmbeddings())
        : Embedding.pretrained("words", pretrained, wordCount, config.embeddingDim(), Vocabulary.PAD_ID,
            config.freezeEmbeddings(), dataType);
    int charCount = vocabularies.chars().size();
    long charSeed = seeds.nextLong();
    CharFeatureEncoder chars = switch (config.charFeatures()) {
      case NONE -> null;
      case CNN -> new CnnCharFeatures("chars", charCount, config.charDim(), config.charFilters(),
          config.charWindow(), dataType, charSeed);
      case LSTM -> new LstmCharFeatures("chars", charCount, config.charDim(), config.charHidden(), dataType,
          charSeed);
    };
    RecurrentStack encoder = RecurrentStack.bidirectional("encoder", config.cell(), config.encoderInputSize(),
        config.hidden(), config.layers(), config.dropout(), dataType, seeds.nextLong());
    int numTags = vocabularies.tags().size();
    Linear scores = Linear.create("scores", encoder.outputSize(), numTags, dataType, seeds.nextLong());
    TagOutput output = switch (config.output()) {
      case SOFTMAX -> new SoftmaxOutput();
      case CRF -> new CrfOutput("crf", config.constraints().forTags(vocabularies.tags().tokens()), dataType);
    };
    return new TaggerNetwork(config, words, chars, encoder, scores, output);
  }

  /**
   * Random embedding rows are drawn from N(0, 1/dim), so a row has unit expected norm (the scale of
   * Lample et al.'s uniform(+-sqrt(3/dim)) and of the random rows next to pretrained vectors),
   * instead of PyTorch's N(0, 1): Adam moves each coordinate by about the learning rate per step,
   * so N(0, 1) rows (norm ~10 at dim 100) hardly change in the first epochs. Measured on EWT UPOS
   * (BiLSTM 128, char CNN, Adam 2e-3): N(0, 1) gave dev 85.1 / 89.7 after epochs 1 / 2.
   */
  static double unitNormStddev(int dim) {
    return 1.0 / Math.sqrt(dim);
  }

  public TaggerConfig config() {
    return config;
  }

  /** Every parameter, frozen ones included: what a model file holds. */
  public ParameterSet parameters() {
    return parameters;
  }

  /** What the optimizer updates (without frozen word embeddings). */
  public ParameterSet trainableParameters() {
    return trainable;
  }

  /**
   * Training forward and backward on one batch: accumulates gradients into
   * {@link #trainableParameters()} and returns the loss per real token.
   *
   * @param dropoutRandom the run's seeded random source for dropout masks
   */
  public TagOutput.Loss trainStep(NetworkBatch batch, Random dropoutRandom) {
    int rows = batch.batchSize();
    int time = batch.timeSteps();
    INDArray embedded = words.forward(batch.wordIds());
    DistinctWordFeatures.Pass charPass = null;
    INDArray features = embedded;
    if (chars != null) {
      charPass = chars.forward(batch.words(), embedded.dataType(), true);
      INDArray charFeatures = charPass.output().reshape('c', rows, time, chars.outputSize());
      features = Nd4j.concat(FEATURE_AXIS, embedded, charFeatures);
    }
    Dropout.Applied input = inputDropout.train(features, dropoutRandom);
    RecurrentPass pass = encoder.forward(timeMajor(input.output()), batch.mask(), null, true);
    Dropout.Applied encoded = outputDropout.train(batchMajor(pass.output()), dropoutRandom);
    INDArray tagScores = scores.forward(encoded.output());

    TagOutput.Loss loss = output.lossAndGradient(tagScores, batch);
    if (loss.tokens() == 0) {
      return loss;
    }
    INDArray gradEncoded = outputDropout.backward(scores.backward(encoded.output(), loss.gradient()), encoded);
    SequenceGradient gradPass = encoder.backward(pass, timeMajor(gradEncoded), null);
    INDArray gradFeatures = inputDropout.backward(batchMajor(gradPass.input()), input);
    int dim = config.embeddingDim();
    words.backward(batch.wordIds(), slice(gradFeatures, 0, dim));
    if (chars != null) {
      INDArray gradChars = slice(gradFeatures, dim, dim + chars.outputSize());
      chars.backward(charPass, gradChars.reshape('c', (long) rows * time, chars.outputSize()));
    }
    return loss;
  }

  /** Tag ids of each row, trimmed to its length (new arrays). Reads parameters only. */
  public int[][] predict(NetworkBatch batch) {
    return output.decode(tagScores(batch), batch);
  }

  /**
   * The loss per real token on the batch's gold tags in inference mode (no dropout, no gradient
   * work): the dev loss. Reads parameters only.
   */
  public double loss(NetworkBatch batch) {
    return output.loss(tagScores(batch), batch);
  }

  /**
   * Inference tag scores {@code [batch, time, tags]}. The scores are computed from the
   * time-major encoder output and transposed afterwards: {@code tags} values per position instead
   * of the encoder's {@code 2 * hidden}.
   */
  INDArray tagScores(NetworkBatch batch) {
    int rows = batch.batchSize();
    int time = batch.timeSteps();
    INDArray features = words.forward(batch.wordIds());
    if (chars != null) {
      INDArray charFeatures = chars.forward(batch.words(), features.dataType(), false).output()
          .reshape('c', rows, time, chars.outputSize());
      features = Nd4j.concat(FEATURE_AXIS, features, charFeatures);
    }
    RecurrentPass pass = encoder.forward(timeMajor(inputDropout.infer(features)), batch.mask(), null, false);
    return batchMajor(scores.forward(outputDropout.infer(pass.output())));
  }

  private static INDArray timeMajor(INDArray batchMajor) {
    return batchMajor.permute(TIME_AXIS, BATCH_AXIS, FEATURE_AXIS).dup('c');
  }

  private static INDArray batchMajor(INDArray timeMajor) {
    return timeMajor.permute(TIME_AXIS, BATCH_AXIS, FEATURE_AXIS).dup('c');
  }

  private static INDArray slice(INDArray values, int from, int to) {
    return values.get(NDArrayIndex.all(), NDArrayIndex.all(), NDArrayIndex.interval(from, to)).dup('c');
  }
}
