package org.seq4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seq4j.cli.RecipeCommandsTest.Result;

/** {@code seq4j run --resume RUN_DIR}: what it continues, and the one-line errors (exit 2) for what it cannot. */
class RunResumeCommandTest {

  private static Result execute(String... args) {
    return RecipeCommandsTest.execute(args);
  }

  /** A run that prepares, then fails when training starts: f1 needs chunk tags, the corpus has POS tags. */
  private static Path failingRun(Path tmp) throws Exception {
    Path r = RecipeCommandsTest.recipe(tmp, RecipeCommandsTest.corpus(tmp), "  dev_metric: f1")
        .resolveSibling("r.yaml");
    Files.writeString(r, Files.readString(r).replace("stages: [prepare]", "stages: [prepare, train]"));
    Path run = tmp.resolve("run");
    Result first = execute("run", r.toString(), "--out", run.toString());
    assertEquals(2, first.exitCode(), first.err());
    assertTrue(first.err().contains("train.dev_metric f1 needs chunk (NER) tags"), first.err());
    return run;
  }

  @Test
  void resumeKeepsThePreparedDataAndRunsTheStageThatStopped(@TempDir Path tmp) throws Exception {
    Path run = failingRun(tmp);
    Result again = execute("run", "--resume", run.toString());
    assertEquals(2, again.exitCode(), "the train stage fails again the same way: " + again.err());
    assertTrue(again.err().contains("train.dev_metric f1 needs chunk (NER) tags"), again.err());
    String log = Files.readString(run.resolve("train.log"));
    assertTrue(log.contains("stage prepare finished in an earlier process; its outputs are kept"), log);
    assertTrue(log.contains("stage train started again"), log);
  }

  @Test
  void aDifferentRecipeIsRefusedInOneLine(@TempDir Path tmp) throws Exception {
    Path run = failingRun(tmp);
    Result res = execute("run", "--resume", run.toString(), "--set", "seed=8");
    assertEquals(2, res.exitCode());
    String msg = res.err().strip();
    assertTrue(msg.startsWith("seq4j: " + run.resolve("recipe.resolved.yaml") + ":"), msg);
    assertTrue(msg.contains("the run started with 'seed: 42' where"), msg);
    assertEquals(1, msg.lines().count(), msg);
  }

  @Test
  void notARunDirectoryAndOutAreUsageErrors(@TempDir Path tmp) throws Exception {
    Result res = execute("run", "--resume", tmp.toString());
    assertEquals(2, res.exitCode());
    assertEquals("seq4j: " + tmp + ": not a run directory (no recipe.resolved.yaml); --resume takes the directory"
        + " a seq4j run wrote into", res.err().strip());
    res = execute("run", "--resume", tmp.toString(), "--out", tmp.resolve("x").toString());
    assertEquals(2, res.exitCode());
    assertTrue(res.err().contains("--resume and --out cannot be combined"), res.err());
  }
}
