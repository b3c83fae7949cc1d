package org.seq4j.recipe.run;

import java.io.IOException;
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
        ? java.nio.file.Files.createDirectories(outDir.get())
        : RunDirectory.createDefault(workDir, recipe.name(), clock);
    RunLog log = new RunLog(clock);
    log.info("run " + recipe.name() + " (" + recipe.settings().source() + ") into " + runDir);
    AtomicFiles.writeString(runDir.resolve(RESOLVED_RECIPE_FILE), RecipeYaml.write(recipe));
    Map<String, String> hashes = InputFiles.sha256(inputs, workDir);

    Map<String, Double> seconds = new LinkedHashMap<>();
    Map<String, Double> tokensPerSecond = new LinkedHashMap<>();
    List<String> summaries = new ArrayList<>();
    Map<String, Object> corpus = new LinkedHashMap<>();
    List<StageResult.ReportContribution> contributions = new ArrayList<>();
    String status = "failed";
    try {
      for (Stage stage : plan.stages()) {
        String id = stage.name().id();
        log.info("stage " + id + " started");
        long t0 = System.nanoTime();
        Path stageDir = stage.name() == StageName.PREPARE ? runDir.resolve(PREPARED_DIR) : runDir;
        StageResult result = stage.run(new StageContext(recipe, workDir, stageDir, log, progress));
        double s = (System.nanoTime() - t0) / NANOS_PER_SECOND;
        seconds.put(id, s);
        if (result.tokens() > 0 && s > 0) {
          tokensPerSecond.put(id, result.tokens() / s);
        }
        result.corpusStats().ifPresent(corpus::putAll);
        result.summary().ifPresent(summaries::add);
        result.report().ifPresent(contributions::add);
        log.info(String.format(Locale.ROOT, "stage %s finished in %.2f s", id, s));
        writeReport(runDir, recipe, seconds, tokensPerSecond, corpus, contributions);
      }
      writeReport(runDir, recipe, seconds, tokensPerSecond, corpus, contributions);
      status = "succeeded";
      return new RunResult(runDir, seconds, summaries);
    } catch (RuntimeException | IOException e) {
      status = "failed: " + e.getMessage();
      log.info("run failed: " + e.getMessage());
      throw e;
    } finally {
      Manifest manifest = new Manifest(Manifest.currentVersion(), GitCommit.of(workDir), Manifest.currentJava(),
          Manifest.currentOs(), Runtime.getRuntime().availableProcessors(), Optional.empty(),
          recipe.settings().source(), recipe.name(), recipe.seed(),
          plan.stages().stream().map(st -> st.name().id()).toList(), hashes, recipe.settings().flatten(),
          started, Instant.now(clock), status);
      ManifestJson.write(runDir.resolve(ManifestJson.FILE_NAME), manifest);
      log.writeTo(runDir.resolve(LOG_FILE));
    }
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
