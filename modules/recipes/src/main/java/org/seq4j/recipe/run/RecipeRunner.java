package org.seq4j.recipe.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.seq4j.corpus.AtomicFiles;
import org.seq4j.eval.report.Report;
import org.seq4j.eval.report.ReportBuilder;
import org.seq4j.eval.report.ReportJson;
import org.seq4j.eval.report.RunInfo;
import org.seq4j.recipe.Recipe;
import org.seq4j.recipe.RecipeYaml;
import org.seq4j.recipe.prepare.ProgressReporter;
import org.seq4j.recipe.stage.Stage;
import org.seq4j.recipe.stage.StageContext;
import org.seq4j.recipe.stage.StageName;
import org.seq4j.recipe.stage.StagePlan;
import org.seq4j.recipe.stage.StageResult;
import org.seq4j.recipe.stage.Stages;

/**
 * Runs a recipe: checks the stage plan and the input files ({@link InputFiles}) before any work, then runs the stages
 * in order into a run directory with recipe.resolved.yaml, manifest.json, train.log and
 * report.json ({@code timing} per stage and {@code corpus} statistics, even when only prepare ran).
 * A failing stage still leaves manifest.json (status "failed: ...") and train.log behind.
 *
 * <p>report.json is rewritten after every stage, so later stages (the report stage renders it)
 * see the run so far, and a run that fails half-way still has the numbers of the stages that
 * finished.
 *
 * <p>Interrupted runs: manifest.json (status "running") and train.log exist from the start, and every
 * finished stage is recorded in {@value FinishedStages#FILE_NAME}, so a run whose process was killed
 * or failed can be continued in place with {@link #resume}: the finished stages that can keep their
 * outputs ({@link Stage#resumeFrom}) are not run again, the first other stage runs with {@link
 * StageContext#resumed()} (translation training continues from its last checkpoint), and the
 * stages after it run as usual. The report is the one an uninterrupted run writes, except timings.
 */
public final class RecipeRunner {
  public static final String RESOLVED_RECIPE_FILE = "recipe.resolved.yaml";
  public static final String LOG_FILE = "train.log";
  /** Subdirectory of the run directory the prepare stage writes into. */
  public static final String PREPARED_DIR = "prepared";
  private static final double NANOS_PER_SECOND = 1e9;

  private final Path workDir;
  private final Clock clock;
  private final ProgressReporter progress;
  private final Map<StageName, Stage> stages;

  public RecipeRunner(Path workDir, Clock clock, ProgressReporter progress) {
    this(workDir, clock, progress, Stages.all());
  }

  public RecipeRunner(Path workDir, Clock clock, ProgressReporter progress, Map<StageName, Stage> stages) {
    this.workDir = workDir;
    this.clock = clock;
    this.progress = progress;
    this.stages = Map.copyOf(stages);
  }

  /** Where a run stands before its stages run: what the manifest records, and what finished earlier. */
  private record Start(Recipe recipe, StagePlan plan, Path runDir, RunLog log, String recipeSource,
      Map<String, String> hashes, Instant started, List<Instant> resumed, FinishedStages earlier) {
    boolean isResume() {
      return !resumed.isEmpty();
    }
  }

  /**
   * Runs the recipe.
   *
   * @param outDir the run directory, or empty for {@code runs/<name>/<timestamp>/}
   */
  public RunResult run(Recipe recipe, Optional<Path> outDir) throws IOException {
    StagePlan plan = StagePlan.check(recipe, stages);
    List<Path> inputs = InputFiles.resolve(recipe, workDir, recipe.stages());
    Instant started = Instant.now(clock);
    Path runDir = outDir.isPresent()
        ? Files.createDirectories(outDir.get())
        : RunDirectory.createDefault(workDir, recipe.name(), clock);
    RunLog log = RunLog.writingTo(runDir.resolve(LOG_FILE), clock);
    log.info("run " + recipe.name() + " (" + recipe.settings().source() + ") into " + runDir);
    AtomicFiles.writeString(runDir.resolve(RESOLVED_RECIPE_FILE), RecipeYaml.write(recipe));
    Map<String, String> hashes = InputFiles.sha256(inputs, workDir);
    return execute(new Start(recipe, plan, runDir, log, recipe.settings().source(), hashes, started, List.of(),
        FinishedStages.none()));
  }

  /**
   * Continues the run in {@code runDir}, which a killed or failed process left, with the recipe it
   * started with ({@link ResumableRun} checks the directory, the recipe and the input files before
   * anything runs). train.log, metrics.jsonl and the manifest continue; the manifest records when.
   */
  public RunResult resume(Recipe recipe, Path runDir) throws IOException {
    StagePlan plan = StagePlan.check(recipe, stages);
    ResumableRun previous = ResumableRun.open(runDir, recipe);
    Map<String, String> hashes = InputFiles.sha256(InputFiles.resolve(recipe, workDir, recipe.stages()), workDir);
    previous.checkInputs(hashes);
    RunLog log = RunLog.continuing(runDir.resolve(LOG_FILE), clock);
    List<String> finished = previous.finished().names();
    log.info("resume " + recipe.name() + " (" + recipe.settings().source() + ") in " + runDir + "; finished earlier: "
        + (finished.isEmpty() ? "no stage" : String.join(", ", finished)));
    List<Instant> resumed = new ArrayList<>(previous.resumed());
    resumed.add(Instant.now(clock));
    return execute(new Start(recipe, plan, runDir, log, previous.recipeSource(), hashes, previous.started(), resumed,
        previous.finished()));
  }

  private RunResult execute(Start start) throws IOException {
    Recipe recipe = start.recipe();
    Path runDir = start.runDir();
    RunLog log = start.log();
    writeManifest(start, Manifest.RUNNING);
    Map<String, Double> seconds = new LinkedHashMap<>();
    Map<String, Double> tokensPerSecond = new LinkedHashMap<>();
    List<String> summaries = new ArrayList<>();
    Map<String, Object> corpus = new LinkedHashMap<>();
    List<StageResult.ReportContribution> contributions = new ArrayList<>();
    FinishedStages finished = FinishedStages.none();
    boolean keeping = true;
    String status = "failed";
    try {
      for (Stage stage : start.plan().stages()) {
        String id = stage.name().id();
        Path stageDir = stage.name() == StageName.PREPARE ? runDir.resolve(PREPARED_DIR) : runDir;
        Optional<FinishedStages.Entry> earlier = keeping ? start.earlier().get(stage.name()) : Optional.empty();
        Optional<StageResult> kept = earlier.isPresent()
            ? stage.resumeFrom(new StageContext(recipe, workDir, stageDir, log, progress), earlier.get().result())
            : Optional.empty();
        StageResult result;
        double s;
        if (kept.isPresent()) {
          result = kept.get();
          s = earlier.get().seconds();
          log.info("stage " + id + " finished in an earlier process; its outputs are kept");
        } else {
          boolean resumed = keeping && start.isResume();
          if (keeping) {
            keeping = false;
            finished.write(runDir); // the records of this stage and the later ones are out of date now
          }
          log.info("stage " + id + (resumed ? " started again (the resumed run continues here)" : " started"));
          long t0 = System.nanoTime();
          result = stage.run(new StageContext(recipe, workDir, stageDir, log, progress, resumed));
          s = (System.nanoTime() - t0) / NANOS_PER_SECOND;
          log.info(String.format(Locale.ROOT, "stage %s finished in %.2f s", id, s));
        }
        seconds.put(id, s);
        if (result.tokens() > 0 && s > 0) {
          tokensPerSecond.put(id, result.tokens() / s);
        }
        result.corpusStats().ifPresent(corpus::putAll);
        result.summary().ifPresent(summaries::add);
        result.report().ifPresent(contributions::add);
        writeReport(runDir, recipe, seconds, tokensPerSecond, corpus, contributions);
        finished = finished.plus(stage.name(), s, result);
        finished.write(runDir);
      }
      writeReport(runDir, recipe, seconds, tokensPerSecond, corpus, contributions);
      status = Manifest.SUCCEEDED;
      return new RunResult(runDir, seconds, summaries);
    } catch (RuntimeException | IOException e) {
      status = "failed: " + e.getMessage();
      log.info("run failed: " + e.getMessage());
      throw e;
    } finally {
      writeManifest(start, status);
      log.writeTo(runDir.resolve(LOG_FILE));
    }
  }

  private void writeManifest(Start start, String status) throws IOException {
    Recipe recipe = start.recipe();
    Manifest manifest = new Manifest(Manifest.currentVersion(), GitCommit.of(workDir), Manifest.currentJava(),
        Manifest.currentOs(), Runtime.getRuntime().availableProcessors(), Optional.empty(), start.recipeSource(),
        recipe.name(), recipe.seed(), start.plan().stages().stream().map(st -> st.name().id()).toList(),
        start.hashes(), recipe.settings().flatten(), start.started(), Instant.now(clock), status, start.resumed());
    ManifestJson.write(start.runDir().resolve(ManifestJson.FILE_NAME), manifest);
  }

  private void writeReport(Path runDir, Recipe recipe, Map<String, Double> seconds,
      Map<String, Double> tokensPerSecond, Map<String, Object> corpus,
      List<StageResult.ReportContribution> contributions) throws IOException {
    ReportBuilder report = Report.builder()
        .run(new RunInfo(recipe.name(), recipe.task().name().toLowerCase(Locale.ROOT), recipe.seed(),
            Instant.now(clock).toString(), Manifest.currentVersion()))
        .corpus(corpus);
    seconds.forEach(report::stageSeconds);
    tokensPerSecond.forEach(report::tokensPerSecond);
    contributions.forEach(c -> c.addTo(report));
    ReportJson.writeToRunDir(runDir, report.build());
  }
}
