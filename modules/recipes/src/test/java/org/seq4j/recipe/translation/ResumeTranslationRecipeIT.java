package org.seq4j.recipe.translation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seq4j.eval.report.MetricsLog;
import org.seq4j.eval.report.ReportJson;
import org.seq4j.recipe.Recipe;
import org.seq4j.recipe.RecipeLoader;
import org.seq4j.recipe.prepare.ProgressReporter;
import org.seq4j.recipe.run.FinishedStages;
import org.seq4j.recipe.run.RecipeRunner;
import org.seq4j.recipe.stage.TaskStages;
import org.seq4j.seq2seq.train.CheckpointOptions;

/**
 * {@code seq4j run --resume} for translation: a toy run whose process stops in epoch 3 of 3, after
 * epoch 3's metrics line but before its checkpoint (the latest point a stop can leave the files one
 * epoch apart), resumes from the epoch-2 checkpoint and ends with the metrics.jsonl values, report
 * and predictions of the same run never interrupted (timings aside). The stop is a progress reporter
 * that throws at the train stage's third epoch step.
 */
class ResumeTranslationRecipeIT {
  private static final int EPOCHS = 3;
  private static final int STOP_AT_EPOCH = 3;
  private static final List<String> TIMING_FIELDS = List.of("seconds", "tokens_per_s");
  private static final ObjectMapper JSON = new ObjectMapper();

  private static Recipe recipe() {
    return RecipeLoader.fromOverrides("resume-test", List.of("name=resume-toy", "seed=5", "task=translation",
        "data.format=toy", "data.toy.task=reverse", "data.toy.vocabulary=8", "data.toy.max_length=6",
        "data.toy.train=300", "data.toy.dev=40", "data.toy.test=40", "prepare.tokenizer=whitespace",
        "model.embedding_dim=16", "model.dropout=0.2", "model.attention=general", "model.encoder.hidden=16",
        "model.decoder.hidden=32", "train.epochs=" + EPOCHS, "train.batch=32", "train.lr=0.01",
        "train.lr_schedule=plateau", "train.lr_decay=0.5", "train.lr_patience=0", "evaluate.splits=[test]",
        "evaluate.beam_size=2"));
  }

  /** Throws at the {@code stopAt}-th step of the train stage's epoch progress, as a killed process stops. */
  private static ProgressReporter stoppingAtEpoch(int stopAt) {
    return (name, steps) -> {
      ProgressReporter.Task none = ProgressReporter.NONE.start(name, steps);
      int[] done = {0};
      return new ProgressReporter.Task() {
        @Override
        public void step() {
          if (name.equals(TranslationTraining.PROGRESS_TASK) && ++done[0] == stopAt) {
            throw new IllegalStateException("stopped in epoch " + stopAt);
          }
        }

        @Override
        public void close() {
          none.close();
        }
      };
    };
  }

  @Test
  void resumedRunEndsAsTheUninterruptedRun(@TempDir Path tmp) throws Exception {
    Path work = Path.of("../..");
    Path straight = tmp.resolve("straight");
    new RecipeRunner(work, Clock.systemUTC(), ProgressReporter.NONE).run(recipe(), Optional.of(straight));

    Path run = tmp.resolve("interrupted");
    RecipeRunner stopping = new RecipeRunner(work, Clock.systemUTC(), stoppingAtEpoch(STOP_AT_EPOCH));
    assertThrows(IllegalStateException.class, () -> stopping.run(recipe(), Optional.of(run)));
    Path checkpoints = run.resolve(TranslationTraining.CHECKPOINT_DIR);
    assertEquals(List.of(CheckpointOptions.RESUME_FILE), fileNames(checkpoints), "no epoch model files");
    assertEquals(STOP_AT_EPOCH, Files.readAllLines(run.resolve(MetricsLog.FILE_NAME)).size(),
        "epoch 3's line is written, its checkpoint is not");
    assertEquals(List.of("prepare"), FinishedStages.read(run).names());

    new RecipeRunner(work, Clock.systemUTC(), ProgressReporter.NONE).resume(recipe(), run);

    assertEquals(withoutTiming(metricsLines(straight)), withoutTiming(metricsLines(run)));
    assertEquals(reportWithoutTiming(straight), reportWithoutTiming(run));
    assertEquals(Files.readAllLines(straight.resolve(TaskStages.PREDICTIONS_DIR).resolve("test.tgt")),
        Files.readAllLines(run.resolve(TaskStages.PREDICTIONS_DIR).resolve("test.tgt")));
    String log = Files.readString(run.resolve(RecipeRunner.LOG_FILE));
    assertTrue(log.contains("train: continuing the interrupted training from checkpoints/checkpoint.zip"), log);
    assertTrue(log.indexOf("epoch 3:") < log.lastIndexOf("epoch 3:"), "epoch 3 trained twice: " + log);
    assertEquals(List.of(CheckpointOptions.RESUME_FILE), fileNames(checkpoints));
  }

  private static List<String> fileNames(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  private static List<JsonNode> metricsLines(Path run) throws IOException {
    List<JsonNode> lines = new ArrayList<>();
    for (String line : Files.readAllLines(run.resolve(MetricsLog.FILE_NAME))) {
      lines.add(JSON.readTree(line));
    }
    assertEquals(EPOCHS, lines.size());
    return lines;
  }

  private static List<JsonNode> withoutTiming(List<JsonNode> lines) {
    lines.forEach(l -> ((ObjectNode) l).remove(TIMING_FIELDS));
    return lines;
  }

  /** report.json without the timing section, the time the report was written and the learning curve's timings. */
  private static JsonNode reportWithoutTiming(Path run) throws IOException {
    ObjectNode report = (ObjectNode) JSON.readTree(run.resolve(ReportJson.FILE_NAME).toFile());
    assertTrue(report.at("/metrics/test/exact_match").isNumber(), report.toString());
    report.remove("timing");
    ((ObjectNode) report.get("run")).remove("created");
    report.at("/learning_curve/points").forEach(p -> ((ObjectNode) p).remove(TIMING_FIELDS));
    return report;
  }
}
