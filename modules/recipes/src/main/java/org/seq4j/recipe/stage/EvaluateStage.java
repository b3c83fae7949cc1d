package org.seq4j.recipe.stage;

import java.io.IOException;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.seq4j.recipe.Recipe;
import org.seq4j.recipe.section.Task;

/** The evaluate stage: the recipe task's {@link TaskStages#evaluate}. */
public final class EvaluateStage implements Stage {
  private final Map<Task, TaskStages> tasks;

  public EvaluateStage(Map<Task, TaskStages> tasks) {
    this.tasks = Map.copyOf(tasks);
  }

  @Override
  public StageName name() {
    return StageName.EVALUATE;
  }

  @Override
  public Set<Artifact> needs(Recipe recipe) {
    return EnumSet.of(Artifact.PREPARED_DATA, Artifact.MODEL);
  }

  @Override
  public Set<Artifact> produces() {
    return Set.of(Artifact.PREDICTIONS);
  }

  @Override
  public boolean isAvailable() {
    return true;
  }

  /** Available when this version implements the recipe's task. */
  @Override
  public boolean isAvailableFor(Recipe recipe) {
    return tasks.containsKey(recipe.task());
  }

  @Override
  public StageResult run(StageContext context) throws IOException {
    return TaskDispatch.of(tasks, context, name()).evaluate(context);
  }
}
