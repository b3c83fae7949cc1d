package org.seq4j.recipe.tagging;

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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seq4j.eval.report.MetricsLog;
import org.seq4j.eval.report.ReportJson;
import org.seq4j.recipe.Recipe;
import org.seq4j.recipe.RecipeLoader;
import org.seq4j.recipe.prepare.Fixtures;
import org.seq4j.recipe.prepare.ProgressReporter;
import org.seq4j.recipe.run.RecipeRunner;

/**
 * {@code seq4j run --resume} for tagging: the tagger has no checkpoints, so a run stopped in its
 * second epoch trains again from the first, says so in train.log, and (training is deterministic)
 * ends with the metrics and report of the run never interrupted, timings aside.
 */
class ResumeTaggingRecipeIT {
  private static final int EPOCHS = 2;
  private static final List<String> TIMING_FIELDS = List.of("seconds", "tokens_per_s");
  private static final ObjectMapper JSON = new ObjectMapper();

  private static Recipe recipe() {
    return RecipeLoader.fromOverrides("resume-test", List.of("name=resume-tagging", "seed=3", "task=tagging",
        "data.format=conllu", "data.dir=d", "data.train=train.conllu", "data.dev=dev.conllu",
        "data.test=test.conllu", "model.embedding_dim=8", "model.encoder.hidden=8", "train.epochs=" + EPOCHS,
        "train.batch=2", "evaluate.splits=[dev,test]"));
  }

  @Test
  void resumedRunTrainsAgainAndEndsAsTheUninterruptedRun(@TempDir Path tmp) throws Exception {
    Fixtures.writeConllu(tmp.resolve("d"));
    Path straight = tmp.resolve("straight");
    new RecipeRunner(tmp, Clock.systemUTC(), ProgressReporter.NONE).run(recipe(), Optional.of(straight));

    Path run = tmp.resolve("interrupted");
    ProgressReporter stopsInEpoch2 = (name, steps) -> new ProgressReporter.Task() {
      @Override
      public void step() {
        if (name.equals(TaggingStages.PROGRESS_TASK)) {
          throw new IllegalStateException("stopped after epoch 1");
        }
      }

      @Override
      public void close() {}
    };
    assertThrows(IllegalStateException.class,
        () -> new RecipeRunner(tmp, Clock.systemUTC(), stopsInEpoch2).run(recipe(), Optional.of(run)));
    new RecipeRunner(tmp, Clock.systemUTC(), ProgressReporter.NONE).resume(recipe(), run);

    assertEquals(metricsWithoutTiming(straight), metricsWithoutTiming(run));
    assertEquals(reportWithoutTiming(straight), reportWithoutTiming(run));
    String log = Files.readString(run.resolve(RecipeRunner.LOG_FILE));
    assertTrue(log.contains("train: the tagger cannot continue from a checkpoint in this version; the interrupted"
        + " training starts again from epoch 1"), log);
  }

  private static List<JsonNode> metricsWithoutTiming(Path run) throws IOException {
    List<JsonNode> lines = new ArrayList<>();
    for (String line : Files.readAllLines(run.resolve(MetricsLog.FILE_NAME))) {
      ObjectNode node = (ObjectNode) JSON.readTree(line);
      node.remove(TIMING_FIELDS);
      lines.add(node);
    }
    assertEquals(EPOCHS, lines.size());
    return lines;
  }

  private static JsonNode reportWithoutTiming(Path run) throws IOException {
    ObjectNode report = (ObjectNode) JSON.readTree(run.resolve(ReportJson.FILE_NAME).toFile());
    assertTrue(report.at("/metrics/test/accuracy").isNumber(), report.toString());
    report.remove("timing");
    ((ObjectNode) report.get("run")).remove("created");
    report.at("/learning_curve/points").forEach(p -> ((ObjectNode) p).remove(TIMING_FIELDS));
    return report;
  }
}
