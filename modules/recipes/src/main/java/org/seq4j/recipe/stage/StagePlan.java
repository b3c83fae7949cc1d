package org.seq4j.recipe.stage;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.seq4j.recipe.Recipe;
import org.seq4j.recipe.RecipeException;

/**
 * The stages a recipe asks for, checked before any work starts: every stage exists in this
 * version, everything it needs is produced by a stage listed before it, and it can honour the
 * recipe's settings ({@link Stage#checkSettings}). Immutable.
 */
public final class StagePlan {
  private final List<Stage> stages;

  private StagePlan(List<Stage> stages) {
    this.stages = List.copyOf(stages);
  }

  /**
   * Checks the recipe's stage list against the available stages.
   *
   * @throws RecipeException naming the {@code stages} key's line when a need is unmet or a stage is
   *     not available yet
   */
  public static StagePlan check(Recipe recipe, Map<StageName, Stage> registry) {
    List<Stage> plan = new ArrayList<>();
    Set<Artifact> produced = EnumSet.noneOf(Artifact.class);
    for (StageName name : recipe.stages()) {
      Stage stage = registry.get(name);
      if (stage == null) {
        throw error(recipe, "stage '" + name.id() + "' is not known to this version of seq4j");
      }
      for (Artifact need : stage.needs(recipe)) {
        if (!produced.contains(need)) {
          throw error(recipe, "stage '" + name.id() + "' needs " + need.description()
              + ", which no earlier stage produces; add '" + need.producer().id() + "' before '"
              + name.id() + "' in stages");
        }
      }
      stage.checkSettings(recipe);
      produced.addAll(stage.produces());
      plan.add(stage);
    }
    List<String> unavailable =
        plan.stream().filter(s -> !s.isAvailableFor(recipe)).map(s -> s.name().id()).toList();
    if (!unavailable.isEmpty()) {
      throw error(recipe, "stage" + (unavailable.size() > 1 ? "s " : " ") + String.join(", ", unavailable)
          + (unavailable.size() > 1 ? " are" : " is") + " not available yet in this version of seq4j;"
          + " run the available stages with --set stages=[" + String.join(",", recipe.stages().stream()
              .map(registry::get).filter(st -> st.isAvailableFor(recipe)).map(st -> st.name().id()).toList()) + "]");
    }
    return new StagePlan(plan);
  }

  private static RecipeException error(Recipe recipe, String problem) {
    return recipe.settings().error("stages", problem);
  }

  public List<Stage> stages() {
    return stages;
  }
}
