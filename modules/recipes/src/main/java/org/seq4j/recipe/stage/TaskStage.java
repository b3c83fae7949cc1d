package org.seq4j.recipe.stage;

import java.io.IOException;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import org.seq4j.corpus.batch.BatchingOptions;
import org.seq4j.recipe.Recipe;
import org.seq4j.recipe.section.EmbedSection;
import org.seq4j.recipe.section.Task;

/**
 * A model stage (train or evaluate): declares its needs and products once for every task and runs
 * the recipe task's {@link TaskStages}. A task without an implementation makes the stage
 * unavailable for that recipe, so the plan check fails before any work starts.
 */
public final class TaskStage implements Stage {

  /** What the stage does with the task's implementation. */
  @FunctionalInterface
  interface Operation {
    StageResult run(TaskStages task, StageContext context) throws IOException;
  }

  private final StageName name;
  private final Function<Recipe, Set<Artifact>> needs;
  private final Set<Artifact> produces;
  private final Operation operation;
  private final Map<Task, TaskStages> tasks;
  private final Consumer<Recipe> settingsCheck;

  private TaskStage(StageName name, Function<Recipe, Set<Artifact>> needs, Set<Artifact> produces,
      Operation operation, Map<Task, TaskStages> tasks, Consumer<Recipe> settingsCheck) {
    this.name = name;
    this.needs = needs;
    this.produces = Set.copyOf(produces);
    this.operation = operation;
    this.tasks = Map.copyOf(tasks);
    this.settingsCheck = settingsCheck;
  }

  /** The train stage: prepared data (and embeddings when the recipe asks for them) → a model. */
  public static TaskStage train(Map<Task, TaskStages> tasks) {
    return new TaskStage(StageName.TRAIN,
        r -> r.embed().method() == EmbedSection.Method.NONE
            ? Set.of(Artifact.PREPARED_DATA)
            : EnumSet.of(Artifact.PREPARED_DATA, Artifact.EMBEDDINGS),
        Set.of(Artifact.MODEL), TaskStages::train, tasks, TaskStage::checkTrainingSettings);
  }

  /** The evaluate stage: prepared data and a model → predictions and metrics. */
  public static TaskStage evaluate(Map<Task, TaskStages> tasks) {
    return new TaskStage(StageName.EVALUATE, r -> EnumSet.of(Artifact.PREPARED_DATA, Artifact.MODEL),
        Set.of(Artifact.PREDICTIONS), TaskStages::evaluate, tasks, recipe -> { });
  }

  /**
   * {@code prepare.bucket_pool} sizes the pools of the prepare stage's batching statistics only: both
   * trainers bucket in pools of {@link BatchingOptions#DEFAULT_POOL_SIZE} (their options have no pool
   * size in this version). A run that trains with another value would get statistics that do not
   * describe its batches and a setting training ignores, so it is rejected; {@code stages: [prepare]}
   * may still use it.
   */
  static void checkTrainingSettings(Recipe recipe) {
    if (recipe.prepare().bucketPool() != BatchingOptions.DEFAULT_POOL_SIZE) {
      throw recipe.settings().error("prepare.bucket_pool", "prepare.bucket_pool " + recipe.prepare().bucketPool()
          + " would change the prepare stage's batching statistics only: training buckets in pools of "
          + BatchingOptions.DEFAULT_POOL_SIZE + " in this version; remove it, or run stages [prepare]");
    }
  }

  @Override
  public void checkSettings(Recipe recipe) {
    settingsCheck.accept(recipe);
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
    return true;
  }

  /** Available when this version implements the recipe's task. */
  @Override
  public boolean isAvailableFor(Recipe recipe) {
    return tasks.containsKey(recipe.task());
  }

  @Override
  public StageResult run(StageContext context) throws IOException {
    TaskStages task = tasks.get(context.recipe().task());
    if (task == null) {
      throw context.recipe().settings().error("task", "stage '" + name.id() + "' is not available for task "
          + context.recipe().task().name().toLowerCase(Locale.ROOT) + " in this version of seq4j");
    }
    return operation.run(task, context);
  }
}
