package org.seq4j.recipe.stage;

import java.io.IOException;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.seq4j.recipe.Recipe;
import org.seq4j.recipe.section.EmbedSection;
import org.seq4j.recipe.section.Task;

/** The train stage: the recipe task's {@link TaskStages#train}. */
public final class TrainStage implements Stage {
  private final Map<Task, TaskStages> tasks;

  public TrainStage(Map<Task, TaskStages> tasks) {
    this.tasks = Map.copyOf(tasks);
  }

  @Override
  public StageName name() {
    return StageName.TRAIN;
  }

  @Override
  public Set<Artifact> needs(Recipe recipe) {
    return recipe.embed().method() == EmbedSection.Method.NONE
        ? Set.of(Artifact.PREPARED_DATA)
        : EnumSet.of(Artifact.PREPARED_DATA, Artifact.EMBEDDINGS);
  }

  @Override
  public Set<Artifact> produces() {
    return Set.of(Artifact.MODEL);
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
    return TaskDispatch.of(tasks, context, name()).train(context);
  }
}
