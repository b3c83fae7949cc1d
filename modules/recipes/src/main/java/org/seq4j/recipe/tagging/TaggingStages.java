package org.seq4j.recipe.tagging;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.seq4j.corpus.TaggedSentence;
import org.seq4j.corpus.normalize.NormalizerPipeline;
import org.seq4j.corpus.normalize.Normalizers;
import org.seq4j.embeddings.VectorFormat;
import org.seq4j.embeddings.WordVectors;
import org.seq4j.embeddings.WordVectorsReader;
import org.seq4j.eval.report.LearningCurve;
import org.seq4j.eval.report.MetricsLog;
import org.seq4j.recipe.Recipe;
import org.seq4j.recipe.prepare.ProgressReporter;
import org.seq4j.recipe.run.Manifest;
import org.seq4j.recipe.section.DataSection;
import org.seq4j.recipe.section.EmbedSection;
import org.seq4j.recipe.section.EvaluateSection.MetricName;
import org.seq4j.recipe.section.Split;
import org.seq4j.recipe.section.Task;
import org.seq4j.recipe.section.TrainSection;
import org.seq4j.recipe.stage.StageContext;
import org.seq4j.recipe.stage.StageResult;
import org.seq4j.recipe.stage.TaskStages;
import org.seq4j.tagger.Tagger;
import org.seq4j.tagger.model.TaggerConfig;
import org.seq4j.tagger.train.TaggerTrainer;
import org.seq4j.tagger.train.TaggerTrainingOptions;
import org.seq4j.tagger.train.TrainedTagger;

/**
 * Train and evaluate for {@code task: tagging}. Train reads the prepared splits, trains the
 * BiLSTM(-CRF) tagger with the recipe's settings ({@link TaggerRecipeSettings}), tuning on the
 * prepared dev split (best epoch kept, early stopping after {@code train.patience} epochs without
 * improvement), initialises word embeddings from the embed stage's {@value TaskStages#EMBEDDINGS_FILE}
 * when there is one, streams {@code metrics.jsonl} (one line per epoch, also summarised in
 * train.log) and saves {@value TaskStages#MODEL_FILE} atomically. Evaluate loads that file through
 * the public {@link Tagger#load}, so a passing run proves the saved model works, tags every
 * sentence of each split in {@code evaluate.splits} ({@link GoldSplits}), writes {@code
 * predictions/<split>.<ext>} in the input format and scores them with the eval module.
 *
 * <p>Deterministic: the recipe seed seeds the tagger's initialisation, batching and dropout, and
 * the model file records no time, so the same recipe and data give the same numbers and file.
 *
 * <p>Resuming: the tagger trainer writes no checkpoints in this version, so a train stage that runs
 * again in a resumed run ({@link StageContext#resumed()}) trains from the first epoch, says so in
 * train.log, and (being deterministic) ends with the model and metrics of an uninterrupted run.
 */
public final class TaggingStages implements TaskStages {
  private static final double NANOS_PER_SECOND = 1e9;
  /** Name of the progress task: one step per epoch. */
  static final String PROGRESS_TASK = "train";

  @Override
  public StageResult train(StageContext context) throws IOException {
    Recipe recipe = context.recipe();
    Path runDir = context.outDir();
    List<TaggedSentence> train = PreparedTaggingData.read(runDir, Split.TRAIN);
    List<TaggedSentence> dev = PreparedTaggingData.has(runDir, Split.DEV)
        ? PreparedTaggingData.read(runDir, Split.DEV) : List.of();
    checkDevMetric(recipe, train);
    TaggerConfig config = TaggerRecipeSettings.config(recipe);
    TaggerTrainingOptions options = TaggerRecipeSettings.trainingOptions(recipe);
    TaggerTrainer trainer = new TaggerTrainer(config, options);
    if (recipe.embed().method() != EmbedSection.Method.NONE) {
      WordVectors vectors = WordVectorsReader.read(runDir.resolve(EMBEDDINGS_FILE), VectorFormat.WORD2VEC_TEXT);
      trainer = trainer.withPretrainedVectors(vectors);
      context.log().info("train: word embeddings initialised from " + EMBEDDINGS_FILE + " ("
          + (config.freezeEmbeddings() ? "frozen" : "fine-tuned") + ")");
    }
    context.log().info("train: " + train.size() + " sentences, dev " + dev.size() + "; model " + config.toMap()
        + "; training " + options.toMap());
    if (dev.isEmpty()) {
      context.log().info("train: no dev split, so every epoch runs and the last one is kept");
    }
    if (context.resumed()) {
      context.log().info("train: the tagger cannot continue from a checkpoint in this version; the interrupted"
          + " training starts again from epoch 1");
    }

    Path metricsFile = runDir.resolve(MetricsLog.FILE_NAME);
    TrainedTagger trained;
    try (ProgressReporter.Task epochs = context.progress().start(PROGRESS_TASK, options.epochs());
        Writer out = new EpochLogWriter(Files.newBufferedWriter(metricsFile, StandardCharsets.UTF_8), line -> {
          context.log().info("train: " + line);
          epochs.step();
        })) {
      trained = trainer.train(train, dev, new org.seq4j.nn.train.MetricsLog(out));
    }
    trained.tagger().save(runDir.resolve(MODEL_FILE), modelManifest(recipe, trained));
    String summary = trainSummary(trained, runDir.resolve(MODEL_FILE));
    context.log().info("train: " + summary.strip());
    LearningCurve curve = MetricsLog.read(metricsFile);
    long tokens = trained.trainTokens() * trained.result().epochs();
    return new StageResult(Optional.empty(), Optional.of(summary), tokens,
        Optional.of(report -> report.learningCurve(curve)));
  }

  @Override
  public StageResult evaluate(StageContext context) throws IOException {
    Recipe recipe = context.recipe();
    Path runDir = context.outDir();
    Tagger tagger = Tagger.load(runDir.resolve(MODEL_FILE));
    NormalizerPipeline normalizer = Normalizers.pipeline(recipe.prepare().normalize());
    Set<String> trainWords = new HashSet<>();
    PreparedTaggingData.read(runDir, Split.TRAIN).forEach(s -> trainWords.addAll(s.words()));
    Path predictionsDir = Files.createDirectories(runDir.resolve(PREDICTIONS_DIR));

    List<TaggingScores> scores = new ArrayList<>();
    StringBuilder summary = new StringBuilder("Evaluation:").append(System.lineSeparator());
    long tokens = 0;
    for (Split split : recipe.evaluate().splits()) {
      Optional<GoldSplit> opened = GoldSplits.open(recipe, context.workDir(), runDir, split);
      if (opened.isEmpty()) {
        context.log().info("evaluate: the recipe has no " + split.id() + " split; skipped");
        continue;
      }
      GoldSplit gold = opened.get();
      long started = System.nanoTime();
      List<List<String>> inputs = gold.wordsNormalized() ? gold.words() : normalizeAll(normalizer, gold.words());
      List<List<String>> predicted = new ArrayList<>(gold.size());
      for (List<String> tags : tagger.tagAll(inputs)) {
        predicted.add(gold.toFileScheme().apply(tags));
      }
      double seconds = (System.nanoTime() - started) / NANOS_PER_SECOND;
      Path file = predictionsDir.resolve(split.id() + "." + gold.writer().extension());
      gold.writer().write(file, predicted);
      TaggingScores splitScores = TaggingScores.of(gold, predicted, knownWords(gold, normalizer, trainWords));
      scores.add(splitScores);
      tokens += gold.tokens();
      String line = splitLine(splitScores, gold, seconds);
      context.log().info("evaluate: " + line + "; predictions in " + file);
      summary.append("  ").append(line).append(System.lineSeparator());
    }
    summary.append("  predictions: ").append(predictionsDir).append(System.lineSeparator());
    return new StageResult(Optional.empty(), Optional.of(summary.toString()), tokens,
        Optional.of(TaggingReport.of(scores, metrics(recipe), tagName(recipe.data()))));
  }

  /**
   * dev_metric f1 and an explicit {@code evaluate.metrics} with f1 need chunk tags; say so before
   * training rather than after the first epoch (or, for evaluate.metrics, instead of reporting no f1).
   * The default metrics (accuracy and, for chunk tags, f1) need nothing.
   */
  private static void checkDevMetric(Recipe recipe, List<TaggedSentence> train) {
    boolean devF1 = recipe.train().devMetric() == TrainSection.DevMetric.F1;
    boolean reportF1 = recipe.evaluate().metrics().orElse(List.of()).contains(MetricName.F1);
    if (!devF1 && !reportF1) {
      return;
    }
    Set<String> tags = new HashSet<>();
    train.forEach(s -> tags.addAll(s.tags()));
    if (TaggingScores.isChunkTagSet(tags)) {
      return;
    }
    if (devF1) {
      throw recipe.settings().error("train.dev_metric", "train.dev_metric f1 needs chunk (NER) tags such as B-PER,"
          + " I-PER, O; the training tags are not; use accuracy or auto");
    }
    throw recipe.settings().error("evaluate.metrics", "evaluate.metrics f1 scores chunk (NER) tags such as B-PER,"
        + " I-PER, O; the training tags are not; use accuracy");
  }

  private static List<List<String>> normalizeAll(NormalizerPipeline normalizer, List<List<String>> sentences) {
    List<List<String>> out = new ArrayList<>(sentences.size());
    sentences.forEach(s -> out.add(normalizer.normalize(s)));
    return out;
  }

  /** The split's words (as written) whose normalised form the model saw in training. */
  private static Set<String> knownWords(GoldSplit gold, NormalizerPipeline normalizer, Set<String> trainWords) {
    Set<String> known = new HashSet<>();
    for (List<String> sentence : gold.words()) {
      for (String word : sentence) {
        String normalized = gold.wordsNormalized() ? word : normalizer.normalize(List.of(word)).get(0);
        if (trainWords.contains(normalized)) {
          known.add(word);
        }
      }
    }
    return known;
  }

  private static Set<MetricName> metrics(Recipe recipe) {
    Set<MetricName> asked = EnumSet.noneOf(MetricName.class);
    asked.addAll(recipe.evaluate().metrics().orElse(List.of(MetricName.ACCURACY, MetricName.F1)));
    asked.removeIf(m -> m.task() != Task.TAGGING);
    return asked;
  }

  private static String tagName(DataSection data) {
    return data.format() == DataSection.Format.CONLLU ? data.column().name() : "tags";
  }

  private static Map<String, Object> modelManifest(Recipe recipe, TrainedTagger trained) {
    Map<String, Object> manifest = new LinkedHashMap<>();
    manifest.put("seq4j_version", Manifest.currentVersion());
    manifest.put("recipe", recipe.name());
    manifest.put("recipe_source", recipe.settings().source());
    manifest.put("seed", recipe.seed());
    manifest.put("epochs", trained.result().epochs());
    manifest.put("best_epoch", trained.result().bestEpoch());
    manifest.put("dev_metric", trained.devMetric());
    manifest.put("best_dev", trained.bestDevMetrics());
    return manifest;
  }

  private static String trainSummary(TrainedTagger trained, Path model) {
    String dev = trained.bestDevMetrics().isEmpty() ? "no dev split"
        : String.format(Locale.ROOT, "best epoch %d, dev %s %s", trained.result().bestEpoch(), trained.devMetric(),
            percent(trained.bestDevMetrics().get(trained.devMetric())));
    return String.format(Locale.ROOT, "Training: %d epochs%s (%s) in %.1f s; model: %s%n", trained.result().epochs(),
        trained.result().stoppedEarly() ? ", stopped early" : "", dev, trained.trainSeconds(), model);
  }

  private static String splitLine(TaggingScores scores, GoldSplit gold, double seconds) {
    StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%s: %d sentences, %d tokens, accuracy %s%%",
        scores.split().id(), gold.size(), gold.tokens(), percent(scores.evaluation().accuracy().accuracy())));
    scores.evaluation().conlleval().ifPresent(r -> line.append(String.format(Locale.ROOT,
        ", precision %s%%, recall %s%%, F1 %s", percent(r.entities().precision()),
        percent(r.entities().recall()), percent(r.entities().f1()))));
    line.append(String.format(Locale.ROOT, " (tagged in %.2f s)", seconds));
    return line.toString();
  }

  /** A percentage with two decimals, as conlleval prints it. */
  private static String percent(double value) {
    return String.format(Locale.ROOT, "%.2f", value);
  }
}
