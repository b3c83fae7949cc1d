package org.seq4j.tagger.train;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;
import org.nd4j.linalg.api.rng.Random;
import org.nd4j.linalg.factory.Nd4j;
import org.seq4j.corpus.TaggedSentence;
import org.seq4j.corpus.batch.TaggingExample;
import org.seq4j.corpus.vocab.Vocabulary;
import org.seq4j.embeddings.EmbeddingInitializer;
import org.seq4j.embeddings.WordVectors;
import org.seq4j.nn.optim.Adam;
import org.seq4j.nn.optim.LearningRateSchedule;
import org.seq4j.nn.optim.MetricMode;
import org.seq4j.nn.optim.Optimizer;
import org.seq4j.nn.optim.ReduceOnPlateau;
import org.seq4j.nn.optim.Sgd;
import org.seq4j.nn.param.ParameterSet;
import org.seq4j.nn.train.MetricsLog;
import org.seq4j.nn.train.TrainableModel;
import org.seq4j.nn.train.Trainer;
import org.seq4j.nn.train.TrainingOptions;
import org.seq4j.nn.train.TrainingResult;
import org.seq4j.tagger.NeuralTagger;
import org.seq4j.tagger.model.CharFeatures;
import org.seq4j.tagger.model.DecodingConstraints;
import org.seq4j.tagger.model.NetworkBatch;
import org.seq4j.tagger.model.TagOutput;
import org.seq4j.tagger.model.TaggerConfig;
import org.seq4j.tagger.model.TaggerNetwork;
import org.seq4j.tagger.model.TaggerVocabularies;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Trains a {@link NeuralTagger}: builds vocabularies from the training sentences, encodes and
 * batches them, and runs nn's {@link Trainer} (optimizer, clipping, learning-rate schedule, dev
 * evaluation after every epoch, early stopping that keeps the best epoch's parameters,
 * {@code metrics.jsonl} lines). An epoch that ties the best dev metric replaces it when its dev
 * loss is lower ({@link DevEvaluation}), so F1 stuck at 0.0 in early NER epochs does not pin the first.
 *
 * <p>Deterministic: one seed ({@link TaggerTrainingOptions#seed}) is split into independent seeds
 * for initialisation, batch planning and dropout, and nothing reads a global random source, so the
 * same data, config and seed give the same model. Immutable; {@link #train} may be called again.
 */
public final class TaggerTrainer {

  private static final Logger LOG = LoggerFactory.getLogger(TaggerTrainer.class);
  /** Pretrained-vector rows for words without a vector: uniform in +-sqrt(3 / dim), unit variance per row. */
  private static final double RANDOM_ROW_VARIANCE_NUMERATOR = 3.0;
  private static final double NO_MIN_DELTA = 0.0;
  private static final int PLATEAU_PATIENCE = 0;
  private static final double MIN_LEARNING_RATE = 0.0;
  private static final double NANOS_PER_SECOND = 1e9;

  private final TaggerConfig config;
  private final TaggerTrainingOptions options;
  private final WordVectors pretrained;

  public TaggerTrainer(TaggerConfig config, TaggerTrainingOptions options) {
    this(config, options, null);
  }

  private TaggerTrainer(TaggerConfig config, TaggerTrainingOptions options, WordVectors pretrained) {
    this.config = Objects.requireNonNull(config, "config");
    this.options = Objects.requireNonNull(options, "options");
    this.pretrained = pretrained;
    if (pretrained != null && pretrained.dimension() != config.embeddingDim()) {
      throw new IllegalArgumentException("pretrained vectors have dimension " + pretrained.dimension()
          + " but embedding_dim is " + config.embeddingDim());
    }
  }

  /**
   * This trainer initialising word embeddings from {@code vectors} (lowercase fallback). With
   * {@code pretrained_words} (the default) every word of {@code vectors} also gets a row, so words
   * never seen in training are looked up by their vector instead of {@code <unk>}: on EWT UPOS this
   * is where pretrained vectors help (dev 94.45 vs 94.23 after 3 epochs with project-trained
   * word2vec). Give the vectors in the model's lookup form ({@link TaggerVocabularies#lookupForm}).
   */
  public TaggerTrainer withPretrainedVectors(WordVectors vectors) {
    return new TaggerTrainer(config, options, Objects.requireNonNull(vectors, "vectors"));
  }

  /**
   * Trains on {@code train}, selecting the best epoch on {@code dev} (empty: no dev evaluation, the
   * last epoch is kept and patience is ignored).
   *
   * @param metrics receives one line per epoch ({@link MetricsLog#discard()} for none)
   */
  public TrainedTagger train(List<TaggedSentence> train, List<TaggedSentence> dev, MetricsLog metrics) {
    long started = System.nanoTime();
    SplittableRandom seeds = new SplittableRandom(options.seed());
    long initSeed = seeds.nextLong();
    long batchSeed = seeds.nextLong();
    long dropoutSeed = seeds.nextLong();
    long embeddingSeed = seeds.nextLong();
    long wordDropoutSeed = seeds.nextLong();

    List<String> extraWords = pretrained != null && options.pretrainedWords() ? pretrained.words() : List.of();
    TaggerVocabularies vocabularies = TrainingVocabularies.build(train, options, config, extraWords);
    List<String> tags = vocabularies.tags().tokens();
    TaggerConfig resolved = config.constraints() == DecodingConstraints.AUTO
        ? config.with(Map.of("constraints", DecodingConstraints.detect(tags).shortName())) : config;
    LOG.info("vocabularies: {} words, {} characters, {} tags; config {}", vocabularies.words().size(),
        vocabularies.chars().size(), tags.size(), resolved.toMap());

    TaggerNetwork network = TaggerNetwork.create(resolved, vocabularies, pretrainedMatrix(vocabularies, embeddingSeed),
        initSeed);
    NeuralTagger tagger = new NeuralTagger(resolved, vocabularies, network);
    boolean withChars = resolved.charFeatures() != CharFeatures.NONE;
    List<TaggingExample> examples = new ArrayList<>(train.size());
    long tokens = 0;
    for (TaggedSentence sentence : train) {
      examples.add(vocabularies.encodeTagged(sentence, withChars));
      tokens += sentence.size();
    }
    WordDropout wordDropout = new WordDropout(options.wordDropout(), examples, vocabularies.words().size(),
        vocabularies.words().unkId(), Vocabulary.PAD_ID, wordDropoutSeed);
    TaggerBatches batches = new TaggerBatches(examples, options.batch(), options.bucketPool(), batchSeed, withChars,
        wordDropout);

    DevScorer scorer = new DevScorer(tags);
    String devMetric = devMetricName(scorer);
    DevEvaluation evaluator = dev.isEmpty() ? null : new DevEvaluation(() -> scorer.score(tagger, dev),
        new DevLoss(network, vocabularies, dev, withChars)::compute);
    ParameterSet trainable = network.trainableParameters();
    Trainer trainer = new Trainer(trainingOptions(devMetric), optimizer(trainable), schedule(), metrics);
    TrainingResult result = trainer.train(new Model(network, dropoutSeed), batches, evaluator);
    double seconds = (System.nanoTime() - started) / NANOS_PER_SECOND;
    LOG.info("trained {} epochs (best {}: {} = {}) in {} s", result.epochs(), result.bestEpoch(), devMetric,
        result.bestMetric(), seconds);
    Map<String, Double> bestDev = evaluator == null ? Map.of() : evaluator.metricsOf(result.bestEpoch());
    return new TrainedTagger(tagger, result, devMetric, bestDev, tokens, seconds);
  }

  private String devMetricName(DevScorer scorer) {
    return switch (options.devMetric()) {
      case ACCURACY -> DevScorer.ACCURACY;
      case F1 -> {
        if (!scorer.scoresEntities()) {
          throw new IllegalArgumentException("dev_metric f1 needs chunk tags (IOB2/BIOES); these are not");
        }
        yield DevScorer.F1;
      }
      case AUTO -> scorer.scoresEntities() ? DevScorer.F1 : DevScorer.ACCURACY;
    };
  }

  private float[] pretrainedMatrix(TaggerVocabularies vocabularies, long seed) {
    if (pretrained == null) {
      return null;
    }
    double scale = Math.sqrt(RANDOM_ROW_VARIANCE_NUMERATOR / config.embeddingDim());
    EmbeddingInitializer.Result init = EmbeddingInitializer.initialise(vocabularies.words().tokens(), pretrained,
        Set.of(Vocabulary.PAD_ID), scale, seed);
    LOG.info("word embeddings: {} exact, {} lowercased, {} random rows", init.exact(), init.lowercased(),
        init.random());
    return init.values();
  }

  private TrainingOptions trainingOptions(String devMetric) {
    int patience = options.patience() == 0 ? TrainingOptions.NO_EARLY_STOPPING : options.patience();
    double clip = options.clipNorm() == 0 ? TrainingOptions.NO_CLIPPING : options.clipNorm();
    return new TrainingOptions(options.epochs(), clip, devMetric, MetricMode.MAX, patience, NO_MIN_DELTA);
  }

  private Optimizer optimizer(ParameterSet trainable) {
    return switch (options.optimizer()) {
      case ADAM -> new Adam(trainable, options.lr(), Adam.DEFAULT_BETA1, Adam.DEFAULT_BETA2, Adam.DEFAULT_EPSILON,
          options.l2());
      case SGD -> new Sgd(trainable, options.lr(), options.momentum(), options.l2());
    };
  }

  private LearningRateSchedule schedule() {
    return switch (options.lrSchedule()) {
      case CONSTANT -> LearningRateSchedule.constant();
      case EXPONENTIAL -> LearningRateSchedule.exponentialDecay(options.lr(), options.lrDecay());
      case PLATEAU -> new ReduceOnPlateau(MetricMode.MAX, options.lrDecay(), PLATEAU_PATIENCE, MIN_LEARNING_RATE,
          NO_MIN_DELTA);
    };
  }

  /** The network as the training loop sees it, with the run's dropout random source. */
  private static final class Model implements TrainableModel<NetworkBatch> {
    private final TaggerNetwork network;
    private final Random dropoutRandom;

    Model(TaggerNetwork network, long dropoutSeed) {
      this.network = network;
      this.dropoutRandom = Nd4j.getRandomFactory().getNewRandomInstance(dropoutSeed);
    }

    @Override
    public ParameterSet parameters() {
      return network.trainableParameters();
    }

    @Override
    public StepResult step(NetworkBatch batch) {
      TagOutput.Loss loss = network.trainStep(batch, dropoutRandom);
      return new StepResult(loss.perToken(), loss.tokens());
    }
  }
}
