package org.seq4j.seq2seq.train;

import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nd4j.linalg.api.buffer.DataType;
import org.seq4j.nn.optim.Adam;
import org.seq4j.corpus.BadInputException;
import org.seq4j.corpus.SentencePair;
import org.seq4j.corpus.batch.BatchPlanner;
import org.seq4j.corpus.batch.BatchSize;
import org.seq4j.corpus.batch.BatchingOptions;
import org.seq4j.corpus.batch.Seq2SeqBatcher;
import org.seq4j.corpus.batch.Seq2SeqExample;
import org.seq4j.corpus.vocab.Vocabulary;
import org.seq4j.corpus.vocab.VocabularyBuilder;
import org.seq4j.eval.bleu.Bleu;
import org.seq4j.eval.bleu.BleuOptions;
import org.seq4j.nn.train.MetricsLog;
import org.seq4j.nn.train.TrainingResult;
import org.seq4j.seq2seq.model.Seq2SeqConfig;
import org.seq4j.seq2seq.model.Seq2SeqNetwork;
import org.seq4j.seq2seq.model.TeacherForcing;

/**
 * Trains a translator: vocabularies from the training pairs (or given ones), token-budget bucketed batches
 * ({@link BatchPlanner}, reshuffled per epoch from the seed), Adam with global-norm clipping,
 * plateau decay and early stopping on the dev metric (greedy-decoded dev BLEU, or exact match for
 * toy tasks), one {@code metrics.jsonl} line per epoch. The returned translator holds the best
 * epoch's parameters, or the average of the last checkpoints ({@link CheckpointOptions}).
 *
 * <p>With checkpoints on, a stopped run resumes from the last finished epoch ({@code checkpoint.zip}) with
 * {@link #resume}, continuing exactly as the uninterrupted run would have ({@link EpochLoop}).
 */
public final class Seq2SeqTrainer {
  private static final double MIN_DELTA = 0.0;
  private static final double PERCENT = 100.0;

  private final Seq2SeqConfig architecture;
  private final Seq2SeqTrainingOptions options;
  private final DecodingOptions decoding;
  private final CheckpointOptions checkpoints;

  /** @param architecture the network; its vocabulary sizes are replaced by those of the training data */
  public Seq2SeqTrainer(Seq2SeqConfig architecture, Seq2SeqTrainingOptions options, DecodingOptions decoding) {
    this(architecture, options, decoding, CheckpointOptions.NONE);
  }

  private Seq2SeqTrainer(Seq2SeqConfig architecture, Seq2SeqTrainingOptions options, DecodingOptions decoding,
      CheckpointOptions checkpoints) {
    this.architecture = architecture;
    this.options = options;
    this.decoding = decoding;
    this.checkpoints = checkpoints;
  }

  /** This trainer writing (and optionally averaging) checkpoints as {@code checkpoints} says. */
  public Seq2SeqTrainer withCheckpoints(CheckpointOptions checkpoints) {
    return new Seq2SeqTrainer(architecture, options, decoding, checkpoints);
  }

  /** The trained translator and how training went. */
  public record Outcome(NeuralTranslator translator, TrainingResult result) {}

  /** Trains with vocabularies built from {@code train} ({@link Seq2SeqTrainingOptions#minFrequency}, no size limit). */
  public Outcome train(List<SentencePair> train, List<SentencePair> dev, Writer metricsOut) {
    return train(train, dev, vocabulary(train, true), vocabulary(train, false), metricsOut);
  }

  /**
   * Trains with the given vocabularies instead of building them from {@code train}: the network gets
   * exactly their sizes, and the saved model holds them. Design: a caller that prepared its data
   * (a recipe's prepare stage, with its frequency cut-off, size limit and shared source/target
   * vocabulary) passes what it wrote, so the model's vocabularies are the prepared ones by
   * construction rather than by rebuilding them the same way. {@link
   * Seq2SeqTrainingOptions#minFrequency} is not used here. Pass one object as both for a shared
   * vocabulary.
   *
   * @throws IllegalArgumentException when a vocabulary lacks one of the four special tokens
   */
  public Outcome train(List<SentencePair> train, List<SentencePair> dev, Vocabulary source, Vocabulary target,
      Writer metricsOut) {
    requireSpecials(source, "source");
    requireSpecials(target, "target");
    Seq2SeqConfig config = architecture.withVocabularySizes(source.size(), target.size());
    NeuralTranslator translator = new NeuralTranslator(new Seq2SeqNetwork(config, DataType.FLOAT), source, target,
        decoding);
    Adam adam = new Adam(translator.network().parameters(), options.learningRate());
    BestParameters best = new BestParameters(translator.network().parameters());
    return run(translator, adam, best, TrainingProgress.start(MIN_DELTA), train, dev, metricsOut);
  }

  /**
   * Continues the run whose {@code checkpoint.zip} is {@code checkpoint}, with the same training data
   * and options as before (the architecture must match the checkpoint's); metrics lines continue from
   * the next epoch. A run that had already stopped returns its result without training.
   */
  public Outcome resume(Path checkpoint, List<SentencePair> train, List<SentencePair> dev, Writer metricsOut) {
    TrainingCheckpoint.Loaded loaded = TrainingCheckpoint.read(checkpoint);
    NeuralTranslator stored = loaded.translator();
    Seq2SeqConfig storedConfig = stored.network().config();
    Seq2SeqConfig expected = architecture.withVocabularySizes(storedConfig.sourceVocabularySize(),
        storedConfig.targetVocabularySize());
    if (!storedConfig.equals(expected)) {
      throw new BadInputException(checkpoint.toString(), BadInputException.NO_LINE,
          "checkpoint architecture " + storedConfig.toMap() + " differs from this trainer's " + expected.toMap());
    }
    NeuralTranslator translator = stored.withDecoding(decoding);
    Adam adam = new Adam(translator.network().parameters(), loaded.learningRate());
    adam.restore(loaded.optimizerSteps(), loaded.optimizerState());
    BestParameters best = new BestParameters(translator.network().parameters());
    best.load(loaded.best());
    return run(translator, adam, best, loaded.progress(), train, dev, metricsOut);
  }

  private Outcome run(NeuralTranslator translator, Adam adam, BestParameters best, TrainingProgress progress,
      List<SentencePair> train, List<SentencePair> dev, Writer metricsOut) {
    Seq2SeqConfig config = translator.network().config();
    SourceEncoder encoder = new SourceEncoder(translator.sourceVocabulary(), config.maxSourceLength(),
        config.reverseSource());
    Vocabulary target = translator.targetVocabulary();
    List<Seq2SeqExample> examples = new ArrayList<>(train.size());
    for (SentencePair pair : train) {
      examples.add(new Seq2SeqExample(encoder.encode(pair.source()), target.encode(SourceEncoder.tokens(pair.target()))));
    }
    Seq2SeqBatcher batcher = new Seq2SeqBatcher(examples, target.bosId(), target.eosId());
    BatchPlanner planner = new BatchPlanner(BatchingOptions.shuffled(BatchSize.tokens(options.batchTokens()),
        options.seed()).withPoolSize(options.bucketPool()));
    var lengths = batcher.lengths();
    TeacherForcing model = new TeacherForcing(translator.network(), options.labelSmoothing(), options.seed());
    List<SentencePair> devSample = dev.subList(0, Math.min(dev.size(), options.devSentences()));
    EpochLoop.Run run = new EpochLoop.Run(translator, model, adam,
        epoch -> batcher.batches(planner.planEpoch(lengths, epoch)), epoch -> evaluate(translator, devSample));
    TrainingResult result = new EpochLoop(options, checkpoints, new MetricsLog(metricsOut), MIN_DELTA)
        .run(run, progress, best);
    return new Outcome(translator, result);
  }

  /** Greedy-decoded BLEU (sacreBLEU defaults) and exact match, both in percent. */
  public static Map<String, Double> evaluate(NeuralTranslator translator, List<SentencePair> pairs) {
    List<String> sources = pairs.stream().map(SentencePair::source).toList();
    List<String> references = pairs.stream().map(p -> String.join(" ", SourceEncoder.tokens(p.target()))).toList();
    List<String> hypotheses = translator.withDecoding(translator.decoding().withBeam(1, 0.0)).translateAll(sources);
    long exact = 0;
    for (int i = 0; i < hypotheses.size(); i++) {
      exact += hypotheses.get(i).equals(references.get(i)) ? 1 : 0;
    }
    Map<String, Double> metrics = new LinkedHashMap<>();
    metrics.put(Seq2SeqTrainingOptions.BLEU,
        new Bleu(BleuOptions.defaults()).evaluateCorpus(hypotheses, List.of(references)).score());
    metrics.put(Seq2SeqTrainingOptions.EXACT_MATCH, pairs.isEmpty() ? 0.0 : PERCENT * exact / pairs.size());
    return metrics;
  }

  private static void requireSpecials(Vocabulary vocabulary, String side) {
    if (!vocabulary.specials().containsAll(VocabularyBuilder.ALL_SPECIALS)) {
      throw new IllegalArgumentException("the " + side + " vocabulary needs all of " + VocabularyBuilder.ALL_SPECIALS
          + "; it has " + vocabulary.specials());
    }
  }

  private Vocabulary vocabulary(List<SentencePair> pairs, boolean sourceSide) {
    VocabularyBuilder builder = new VocabularyBuilder();
    for (SentencePair pair : pairs) {
      builder.addAll(SourceEncoder.tokens(sourceSide ? pair.source() : pair.target()));
    }
    return builder.build(options.minFrequency(), VocabularyBuilder.UNLIMITED, VocabularyBuilder.ALL_SPECIALS);
  }
}
