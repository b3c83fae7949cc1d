package org.seq4j.recipe.stage;

import java.util.Set;
import org.seq4j.recipe.Recipe;

/**
 * A stand-in for a real stage in planner and runner tests: the real stage's name, needs and
 * products, always available, and a run that does nothing.
 */
public final class NoOpStage implements Stage {
  private final Stage real;

  private NoOpStage(Stage real) {
    this.real = real;
  }

  /** Stands in for {@code real}. */
  public static Stage standingIn(Stage real) {
    return new NoOpStage(real);
  }

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
  public StageResult run(StageContext context) {
    return StageResult.empty();
  }
}
