package org.seq4j.recipe.tagging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seq4j.recipe.RecipeException;
import org.seq4j.recipe.RecipeLoader;
import org.seq4j.recipe.prepare.Fixtures;
import org.seq4j.recipe.prepare.ProgressReporter;
import org.seq4j.recipe.run.RecipeRunner;
import org.seq4j.recipe.stage.TaskStages;

/**
 * f1 asked for POS tags (no chunks to score) fails before training instead of leaving f1 out of the
 * report or selecting epochs on nothing.
 */
class ChunkMetricCheckTest {

  private static RecipeException runFails(Path tmp, String... sets) throws Exception {
    Fixtures.writeConllu(tmp.resolve("d"));
    List<String> all = new ArrayList<>(List.of("name=t", "task=tagging", "data.format=conllu", "data.dir=d",
        "data.train=train.conllu", "data.dev=dev.conllu", "stages=[prepare,train,evaluate]"));
    all.addAll(List.of(sets));
    RecipeRunner runner = new RecipeRunner(tmp, Clock.systemUTC(), ProgressReporter.NONE);
    return assertThrows(RecipeException.class,
        () -> runner.run(RecipeLoader.fromOverrides("test", all), Optional.of(tmp.resolve("run"))));
  }

  @Test
  void explicitF1MetricNeedsChunkTags(@TempDir Path tmp) throws Exception {
    RecipeException e = runFails(tmp, "evaluate.metrics=[accuracy,f1]");
    assertEquals("--set evaluate.metrics=[accuracy,f1]", e.source());
    assertTrue(e.getMessage().contains("evaluate.metrics f1 scores chunk (NER) tags"), e.getMessage());
    assertFalse(Files.exists(tmp.resolve("run").resolve(TaskStages.MODEL_FILE)), "nothing trained");
  }

  @Test
  void f1DevMetricNeedsChunkTags(@TempDir Path tmp) throws Exception {
    RecipeException e = runFails(tmp, "train.dev_metric=f1");
    assertTrue(e.getMessage().contains("train.dev_metric f1 needs chunk (NER) tags"), e.getMessage());
  }
}
