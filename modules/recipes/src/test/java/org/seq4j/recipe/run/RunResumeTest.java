package org.seq4j.recipe.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seq4j.corpus.BadInputException;
import org.seq4j.eval.report.ReportJson;
import org.seq4j.recipe.Recipe;
import org.seq4j.recipe.RecipeLoader;
import org.seq4j.recipe.prepare.Fixtures;
import org.seq4j.recipe.prepare.PrepareStage;
import org.seq4j.recipe.prepare.ProgressReporter;
import org.seq4j.recipe.stage.Artifact;
import org.seq4j.recipe.stage.Stage;
import org.seq4j.recipe.stage.StageContext;
import org.seq4j.recipe.stage.StageName;
import org.seq4j.recipe.stage.StageResult;

/**
 * {@link RecipeRunner#resume}: a run whose train stage stopped (here: a stand-in train stage that
 * throws in its first process) continues in its directory without preparing again, with the same
 * corpus section in report.json, one train.log and a manifest that says it was resumed; directories,
 * recipes and inputs it cannot continue are one-line errors before anything runs.
 */
class RunResumeTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** The real prepare stage, counting how often it runs. */
  static final class CountingPrepare implements Stage {
    private final PrepareStage real = new PrepareStage();
    int runs;

    @Override
    public StageName name() {
      return real.name();
    }

    @Override
    public Set<Artifact> needs(Recipe recipe) {
      return real.needs(recipe);
    }

    @Override
    public Set<Artifact> produces() {
      return real.produces();
    }

    @Override
    public boolean isAvailable() {
      return true;
    }

    @Override
    public StageResult run(StageContext context) throws IOException {
      runs++;
      return real.run(context);
    }

    @Override
    public Optional<StageResult> resumeFrom(StageContext context, StageResult recorded) throws IOException {
      return real.resumeFrom(context, recorded);
    }
  }

  /** A train stage whose first process stops half-way (as a killed one would); records how it ran. */
  static final class InterruptedTrain implements Stage {
    final List<Boolean> resumedFlags = new ArrayList<>();

    @Override
    public StageName name() {
      return StageName.TRAIN;
    }

    @Override
    public Set<Artifact> needs(Recipe recipe) {
      return Set.of(Artifact.PREPARED_DATA);
    }

    @Override
    public Set<Artifact> produces() {
      return Set.of(Artifact.MODEL);
    }

    @Override
    public boolean isAvailable() {
      return true;
    }

    @Override
    public StageResult run(StageContext context) {
      resumedFlags.add(context.resumed());
      context.log().info("train: epoch " + resumedFlags.size());
      if (resumedFlags.size() == 1) {
        throw new IllegalStateException("process stopped");
      }
      return new StageResult(Optional.empty(), Optional.of("trained\n"), 1);
    }
  }

  private final CountingPrepare prepare = new CountingPrepare();
  private final InterruptedTrain train = new InterruptedTrain();

  private RecipeRunner runner(Path workDir) {
    Map<StageName, Stage> stages = new EnumMap<>(StageName.class);
    stages.put(StageName.PREPARE, prepare);
    stages.put(StageName.TRAIN, train);
    return new RecipeRunner(workDir, Clock.systemUTC(), ProgressReporter.NONE, stages);
  }

  private static Recipe recipe(String... sets) {
    List<String> all = new ArrayList<>(List.of("name=t", "task=tagging", "stages=[prepare,train]",
        "data.format=conllu", "data.dir=d", "data.train=train.conllu", "data.dev=dev.conllu"));
    all.addAll(List.of(sets));
    return RecipeLoader.fromOverrides("test", all);
  }

  /** Runs the recipe into tmp/run, which stops in the train stage. */
  private Path interruptedRun(Path tmp) throws IOException {
    Fixtures.writeConllu(tmp.resolve("d"));
    Path run = tmp.resolve("run");
    assertThrows(IllegalStateException.class, () -> runner(tmp).run(recipe(), Optional.of(run)));
    return run;
  }

  @Test
  void resumedRunKeepsTheFinishedStagesAndContinuesTheInterruptedOne(@TempDir Path tmp) throws Exception {
    Path run = interruptedRun(tmp);
    JsonNode manifest = JSON.readTree(run.resolve(ManifestJson.FILE_NAME).toFile());
    assertTrue(manifest.get("status").asText().startsWith("failed: process stopped"), manifest.toString());
    assertEquals(List.of("prepare"), FinishedStages.read(run).names());
    JsonNode before = JSON.readTree(run.resolve(ReportJson.FILE_NAME).toFile());
    List<String> logBefore = Files.readAllLines(run.resolve(RecipeRunner.LOG_FILE));

    RunResult result = runner(tmp).resume(ResumableRun.storedRecipe(run, List.of()), run);

    assertEquals(1, prepare.runs, "prepared data is kept");
    assertEquals(List.of(false, true), train.resumedFlags);
    JsonNode after = JSON.readTree(run.resolve(ReportJson.FILE_NAME).toFile());
    assertTrue(after.get("corpus").has("splits"), after.toString());
    assertEquals(before.get("corpus"), after.get("corpus"));
    assertEquals(before.at("/timing/stage_seconds/prepare"), after.at("/timing/stage_seconds/prepare"),
        "the prepare stage's time is the one it took");
    assertEquals(List.of("prepare", "train"), FinishedStages.read(run).names());
    assertTrue(result.summaries().get(0).contains("train"), "the kept stage's summary: " + result.summaries());
    assertEquals("trained\n", result.summaries().get(1));

    JsonNode resumedManifest = JSON.readTree(run.resolve(ManifestJson.FILE_NAME).toFile());
    assertEquals(Manifest.SUCCEEDED, resumedManifest.get("status").asText());
    assertEquals(manifest.get("started"), resumedManifest.get("started"));
    assertEquals(1, resumedManifest.get("resumed").size());
    List<String> log = Files.readAllLines(run.resolve(RecipeRunner.LOG_FILE));
    assertEquals(logBefore, log.subList(0, logBefore.size()), "train.log continues");
    String added = String.join("\n", log.subList(logBefore.size(), log.size()));
    assertTrue(added.contains("stage prepare finished in an earlier process"), added);
    assertTrue(added.contains("stage train started again"), added);
  }

  @Test
  void aRecipeThatResolvesDifferentlyIsRefused(@TempDir Path tmp) throws Exception {
    Path run = interruptedRun(tmp);
    BadInputException e = assertThrows(BadInputException.class,
        () -> runner(tmp).resume(recipe("train.epochs=3"), run));
    assertTrue(e.getMessage().startsWith(run.resolve(RecipeRunner.RESOLVED_RECIPE_FILE) + ":"), e.getMessage());
    assertTrue(e.getMessage().contains("the run started with 'epochs: 10' where test (with its --set overrides)"
        + " gives 'epochs: 3'"), e.getMessage());
    assertEquals(1, e.getMessage().lines().count());
    assertEquals(7, ResumableRun.storedRecipe(run, List.of("seed=7")).seed());
    assertThrows(BadInputException.class, () -> runner(tmp).resume(recipe("seed=7"), run));
    assertEquals(List.of(false), train.resumedFlags, "nothing ran");
  }

  @Test
  void changedInputsAndFinishedRunsAreRefused(@TempDir Path tmp) throws Exception {
    Path run = interruptedRun(tmp);
    String train = Files.readString(tmp.resolve("d/train.conllu"));
    Files.writeString(tmp.resolve("d/train.conllu"), train + Fixtures.conlluSentence("9", "New", "ADJ"));
    BadInputException changed = assertThrows(BadInputException.class, () -> runner(tmp).resume(recipe(), run));
    assertTrue(changed.getMessage().startsWith("d/train.conllu: changed since the run in " + run), changed.getMessage());

    Files.writeString(tmp.resolve("d/train.conllu"), train);
    runner(tmp).resume(recipe(), run);
    BadInputException finished = assertThrows(BadInputException.class, () -> runner(tmp).resume(recipe(), run));
    assertTrue(finished.getMessage().contains("the run already finished"), finished.getMessage());
  }

  @Test
  void onlyRunDirectoriesCanBeResumed(@TempDir Path tmp) throws Exception {
    Path empty = Files.createDirectories(tmp.resolve("empty"));
    BadInputException e = assertThrows(BadInputException.class, () -> runner(tmp).resume(recipe(), empty));
    assertEquals(empty + ": not a run directory (no " + RecipeRunner.RESOLVED_RECIPE_FILE
        + "); --resume takes the directory a seq4j run wrote into", e.getMessage());
    assertThrows(BadInputException.class, () -> ResumableRun.storedRecipe(tmp.resolve("missing"), List.of()));
  }
}
