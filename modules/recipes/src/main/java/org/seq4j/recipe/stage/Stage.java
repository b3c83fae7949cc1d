package org.seq4j.recipe.stage;

import java.io.IOException;
import java.util.Optional;
import java.util.Set;
import org.seq4j.recipe.Recipe;

/**
 * One step of a run. Each stage declares what it needs and produces so that a run is checked
 * ({@link StagePlan}) before any work starts: a recipe that lists {@code evaluate} without {@code
 * train} fails at once, not after an hour of preparation.
 */
public interface Stage {

  StageName name();

  /** Artifacts that earlier stages of the same run must produce (may depend on the recipe). */
  Set<Artifact> needs(Recipe recipe);

  /** Artifacts this stage produces. */
  Set<Artifact> produces();

  /** Whether this version of seq4j implements the stage. */
  boolean isAvailable();

  /** Whether this version of seq4j implements the stage for this recipe (its task, its options). */
  default boolean isAvailableFor(Recipe recipe) {
    return isAvailable();
  }

  /**
   * Rejects settings this stage cannot honour for this recipe in this version, before any work starts
   * ({@link StagePlan#check} calls it for every planned stage); the default accepts every setting.
   *
   * @throws org.seq4j.recipe.RecipeException naming the key's line
   */
  default void checkSettings(Recipe recipe) {}

  /** Runs the stage. */
  StageResult run(StageContext context) throws IOException;

  /**
   * This stage's result from an earlier process of the same run ({@code seq4j run --resume}) that
   * finished it, when its outputs are still in {@code context.outDir()}: the resumed run keeps them
   * instead of running the stage again. {@code recorded} is what the stage reported when it finished
   * (corpus statistics, summary, tokens; {@link org.seq4j.recipe.run.FinishedStages}) without report
   * sections, which a stage that adds some rebuilds from its outputs. Empty: the stage runs again,
   * and so does every later stage. Default: empty (a stage keeps nothing unless it says how).
   */
  default Optional<StageResult> resumeFrom(StageContext context, StageResult recorded) throws IOException {
    return Optional.empty();
  }
}
