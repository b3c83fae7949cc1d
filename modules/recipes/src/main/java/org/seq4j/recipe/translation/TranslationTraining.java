package org.seq4j.recipe.translation;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.seq4j.corpus.SentencePair;
import org.seq4j.eval.report.LearningCurve;
import org.seq4j.eval.report.MetricsLog;
import org.seq4j.nn.backend.NativeBackend;
import org.seq4j.nn.train.TrainingResult;
import org.seq4j.recipe.Recipe;
import org.seq4j.recipe.prepare.ProgressReporter;
import org.seq4j.recipe.run.RecipeRunner;
import org.seq4j.recipe.section.Split;
import org.seq4j.recipe.stage.StageContext;
import org.seq4j.recipe.stage.StageResult;
import org.seq4j.recipe.stage.TaskStages;
import org.seq4j.recipe.tagging.EpochLogWriter;
import org.seq4j.seq2seq.model.Seq2SeqConfig;
import org.seq4j.seq2seq.train.CheckpointOptions;
import org.seq4j.seq2seq.train.DecodingOptions;
import org.seq4j.seq2seq.train.Seq2SeqTrainer;
import org.seq4j.seq2seq.train.Seq2SeqTrainingOptions;

/**
 * The train stage for translation: reads the prepared train and dev splits and the prepared
 * vocabularies ({@link PreparedVocabularies}: the model's vocabularies are the prepared files),
 * trains with {@link Seq2SeqTrainer} (early stopping on the dev metric with {@code train.patience};
 * the trainer restores the best epoch's parameters), writes one {@code metrics.jsonl} line per epoch as it goes,
 * and saves {@value TaskStages#MODEL_FILE} atomically with the evaluate section's decoding options,
 * so the model file decodes as the recipe says wherever it is loaded. Every epoch also gets a line in
 * train.log and a step of the {@code train} progress task.
 *
 * <p>Resuming: every epoch rewrites the resume checkpoint {@value #CHECKPOINT_DIR}/{@value
 * CheckpointOptions#RESUME_FILE} ({@link #checkpoints}). When the stage runs again in a resumed run
 * ({@link StageContext#resumed()}), the trainer continues from it ({@link Seq2SeqTrainer#resume}),
 * bit-exactly as the uninterrupted run would have, and {@code metrics.jsonl} continues ({@link
 * ContinuedMetricsWriter}); without a checkpoint (interrupted during the first epoch) it trains from
 * the start.
 *
 * <p>Tokens for the report's tokens/s are the target tokens trained on (EOS included) over the
 * epochs this process trained, the unit the trainer's own {@code tokens_per_s} and {@code seq4j bench}
 * use; the stage's time includes the per-epoch dev decoding.
 */
final class TranslationTraining {
  /** Subdirectory of the run directory for the resume checkpoint (and epoch model files for averaging). */
  static final String CHECKPOINT_DIR = "checkpoints";
  /** Name of the progress task: one step per epoch. */
  static final String PROGRESS_TASK = "train";
  /** Every target sequence is trained with one end-of-sentence token. */
  private static final int EOS_PER_SENTENCE = 1;

  private TranslationTraining() {}

  /**
   * The resume checkpoint of the last finished epoch, always, in {@value #CHECKPOINT_DIR}/ of the
   * run directory; with {@code train.average_checkpoints: N} also the last N epochs' model files,
   * which the trainer averages at the end.
   */
  static CheckpointOptions checkpoints(Recipe recipe, Path runDir) {
    int last = recipe.train().averageCheckpoints();
    Path directory = runDir.resolve(CHECKPOINT_DIR);
    return last == 0 ? CheckpointOptions.resumeOnly(directory) : new CheckpointOptions(directory, last, true);
  }

  static StageResult run(StageContext context) throws IOException {
    NativeBackend.configureFromEnvironment();
    Recipe recipe = context.recipe();
    Path runDir = context.outDir();
    Path prepared = runDir.resolve(RecipeRunner.PREPARED_DIR);
    PreparedSplit train = PreparedSplit.read(prepared, Split.TRAIN);
    if (!PreparedSplit.exists(prepared, Split.DEV)) {
      throw recipe.settings().error("data.dev", "translation training needs a dev split (early stopping and the"
          + " best epoch are chosen on it): set data.dev, data.split.dev or, for toy data, data.toy.dev");
    }
    PreparedSplit dev = PreparedSplit.read(prepared, Split.DEV);
    int longestSource = train.pairs().stream().mapToInt(p -> TranslationRecipeSettings.tokens(p.source()))
        .max().orElse(1);
    Seq2SeqConfig config = TranslationRecipeSettings.config(recipe, longestSource);
    Seq2SeqTrainingOptions options = TranslationRecipeSettings.trainingOptions(recipe, train.pairs(), dev.size());
    DecodingOptions decoding = TranslationRecipeSettings.decoding(recipe);
    PreparedVocabularies vocabularies = PreparedVocabularies.read(recipe, prepared);
    context.log().info(String.format(Locale.ROOT, "train: %d pairs, dev %d pairs, %s attention, hidden %d,"
        + " %d padded tokens per batch, dev metric %s, vocabularies %s", train.size(), dev.size(),
        config.attention().shortName(), config.hiddenSize(), options.batchTokens(), options.devMetric(),
        vocabularies.shared() ? "shared " + vocabularies.source().size()
            : vocabularies.source().size() + " source, " + vocabularies.target().size() + " target"));

    CheckpointOptions checkpoints = checkpoints(recipe, runDir);
    Seq2SeqTrainer trainer = new Seq2SeqTrainer(config, options, decoding).withCheckpoints(checkpoints);
    Path checkpoint = checkpoints.resumeFile();
    boolean resume = context.resumed() && Files.isRegularFile(checkpoint);
    if (context.resumed()) {
      context.log().info(resume ? "train: continuing the interrupted training from " + runDir.relativize(checkpoint)
          : "train: the interrupted run left no checkpoint (it stopped during its first epoch); training from the start");
    }
    Path metricsFile = runDir.resolve(MetricsLog.FILE_NAME);
    AtomicInteger epochsHere = new AtomicInteger();
    Seq2SeqTrainer.Outcome outcome;
    ContinuedMetricsWriter continued = resume ? ContinuedMetricsWriter.open(metricsFile) : null;
    try (ProgressReporter.Task epochs = context.progress().start(PROGRESS_TASK, options.maxEpochs());
        Writer metrics = new EpochLogWriter(continued != null ? continued
            : Files.newBufferedWriter(metricsFile, StandardCharsets.UTF_8), line -> {
              context.log().info("train: " + line);
              epochsHere.incrementAndGet();
              epochs.step();
            })) {
      if (resume) {
        for (int i = 0; i < continued.keptLines(); i++) {
          epochs.step();
        }
        outcome = trainer.resume(checkpoint, train.pairs(), dev.pairs(), metrics);
      } else {
        outcome = trainer.train(train.pairs(), dev.pairs(), vocabularies.source(), vocabularies.target(), metrics);
      }
    }
    outcome.translator().save(runDir.resolve(TaskStages.MODEL_FILE));
    TrainingResult result = outcome.result();
    String summary = String.format(Locale.ROOT, "train: %d epochs%s, best epoch %d (dev %s %.2f); wrote %s",
        result.epochs(), result.stoppedEarly() ? " (stopped early)" : "", result.bestEpoch(), options.devMetric(),
        result.bestMetric(), TaskStages.MODEL_FILE);
    context.log().info(summary);
    long targetTokens = 0;
    for (SentencePair p : train.pairs()) {
      targetTokens += TranslationRecipeSettings.tokens(p.target()) + EOS_PER_SENTENCE;
    }
    LearningCurve curve = MetricsLog.read(metricsFile);
    return new StageResult(Optional.empty(), Optional.of(summary + "\n"), targetTokens * epochsHere.get(),
        Optional.of(report -> report.learningCurve(curve)));
  }
}
