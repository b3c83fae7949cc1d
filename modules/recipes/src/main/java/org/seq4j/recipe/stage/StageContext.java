package org.seq4j.recipe.stage;

import java.nio.file.Path;
import java.util.Objects;
import org.seq4j.recipe.Recipe;
import org.seq4j.recipe.prepare.ProgressReporter;
import org.seq4j.recipe.run.RunLog;

/**
 * What a stage runs with: the recipe, the working directory recipe paths are relative to, the
 * directory the stage writes into, the run log, and whether it continues an interrupted run.
 *
 * @param recipe the validated recipe
 * @param workDir directory that relative recipe paths resolve against
 * @param outDir directory the stage writes its outputs into
 * @param log the run's log (train.log)
 * @param progress where long work reports progress
 * @param resumed the stage was interrupted in an earlier process of this run ({@code seq4j run --resume})
 *     and may continue from what that process left in {@code outDir} (the train stage of translation
 *     continues from its last checkpoint); false for a new run
 */
public record StageContext(Recipe recipe, Path workDir, Path outDir, RunLog log, ProgressReporter progress,
    boolean resumed) {
  public StageContext {
    Objects.requireNonNull(recipe, "recipe");
    Objects.requireNonNull(workDir, "workDir");
    Objects.requireNonNull(outDir, "outDir");
    Objects.requireNonNull(log, "log");
    Objects.requireNonNull(progress, "progress");
  }

  /** The context of a stage in a new run. */
  public StageContext(Recipe recipe, Path workDir, Path outDir, RunLog log, ProgressReporter progress) {
    this(recipe, workDir, outDir, log, progress, false);
  }
}
