package org.seq4j.recipe.stage;

import java.util.Set;
import java.util.function.Function;
import org.seq4j.recipe.Recipe;

/**
 * A stage this version of seq4j declares (so recipes validate and plans are checked) but does not
 * implement yet. The plan check rejects it before any work starts; {@link #run} fails too, so it
 * can never pretend to have worked.
 */
public final class UnavailableStage implements Stage {
  private final StageName name;
  private final Function<Recipe, Set<Artifact>> needs;
  private final Set<Artifact> produces;

  public UnavailableStage(StageName name, Function<Recipe, Set<Artifact>> needs, Set<Artifact> produces) {
    this.name = name;
    this.needs = needs;
    this.produces = Set.copyOf(produces);
  }

  @Override
  public StageName name() {
    return name;
  }

  @Override
  public Set<Artifact> needs(Recipe recipe) {
    return needs.apply(recipe);
  }

  @Override
  public Set<Artifact> produces() {
    return produces;
  }

  @Override
  public boolean isAvailable() {
    return false;
  }

  @Override
  public StageResult run(StageContext context) {
    throw new UnsupportedOperationException("stage '" + name.id() + "' is not available yet");
  }
}
