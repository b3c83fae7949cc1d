package org.seq4j.recipe.stage;

import java.nio.file.Path;
import java.util.Objects;
import org.seq4j.recipe.Recipe;
import org.seq4j.recipe.prepare.ProgressReporter;
import org.seq4j.recipe.run.RunLog;

/**
 * What a stage runs with: the recipe, the working directory recipe paths are relative to, the
 * directory the stage writes into, and the run log.
 *
 * @param recipe the validated recipe
 * @param workDir directory that relative recipe paths resolve against
 * @param outDir directory the stage writes its outputs into
 * @param log the run's log (train.log)
 * @param progress where long work reports progress
 */
public record StageContext(Recipe recipe, Path workDir, Path outDir, RunLog log, ProgressReporter progress) {
  public StageContext {
    Objects.requireNonNull(recipe, "recipe");
    Objects.requireNonNull(workDir, "workDir");
    Objects.requireNonNull(outDir, "outDir");
    Objects.requireNonNull(log, "log");
    Objects.requireNonNull(progress, "progress");
  }
}
