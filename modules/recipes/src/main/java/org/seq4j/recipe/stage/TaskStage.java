package org.seq4j.recipe.stage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.seq4j.eval.report.LearningCurve;
import org.seq4j.eval.report.MetricsLog;
import org.seq4j.recipe.Recipe;
import org.seq4j.recipe.section.EmbedSection;
import org.seq4j.recipe.section.Task;

/**
 * A model stage (train or evaluate): declares its needs and products once for every task and runs
 * the recipe task's {@link TaskStages}. A task without an implementation makes the stage
 * unavailable for that recipe, so the plan check fails before any work starts.
 *
 * <p>Resuming ({@link #resumeFrom}): a train stage that finished in an interrupted run keeps its
 * {@value TaskStages#MODEL_FILE} and rebuilds its report section, the learning curve, from {@code
 * metrics.jsonl}; an evaluate stage always runs again (it is minutes where training is hours, and its
 * report sections are not recorded).
 */
public final class TaskStage implements Stage {

  /** What the stage does with the task's implementation. */
  @FunctionalInterface
  interface Operation {
    StageResult run(TaskStages task, StageContext context) throws IOException;
  }

  /** How the stage's result of an earlier process is kept, or empty to run again. */
  @FunctionalInterface
  interface Resumption {
    Optional<StageResult> resume(StageContext context, StageResult recorded) throws IOException;
  }

  private final StageName name;
  private final Function<Recipe, Set<Artifact>> needs;
  private final Set<Artifact> produces;
  private final Operation operation;
  private final Map<Task, TaskStages> tasks;
  private final Resumption resumption;

  private TaskStage(StageName name, Function<Recipe, Set<Artifact>> needs, Set<Artifact> produces,
      Operation operation, Map<Task, TaskStages> tasks, Resumption resumption) {
    this.name = name;
    this.needs = needs;
    this.produces = Set.copyOf(produces);
    this.operation = operation;
    this.tasks = Map.copyOf(tasks);
    this.resumption = resumption;
  }

  /** The train stage: prepared data (and embeddings when the recipe asks for them) → a model. */
  public static TaskStage train(Map<Task, TaskStages> tasks) {
    return new TaskStage(StageName.TRAIN,
        r -> r.embed().method() == EmbedSection.Method.NONE
            ? Set.of(Artifact.PREPARED_DATA)
            : EnumSet.of(Artifact.PREPARED_DATA, Artifact.EMBEDDINGS),
        Set.of(Artifact.MODEL), TaskStages::train, tasks, TaskStage::keepTrainedModel);
  }

  /** The evaluate stage: prepared data and a model → predictions and metrics. */
  public static TaskStage evaluate(Map<Task, TaskStages> tasks) {
    return new TaskStage(StageName.EVALUATE, r -> EnumSet.of(Artifact.PREPARED_DATA, Artifact.MODEL),
        Set.of(Artifact.PREDICTIONS), TaskStages::evaluate, tasks, (context, recorded) -> Optional.empty());
  }

  /** A finished train stage's model file and learning curve, as its run reported them. */
  private static Optional<StageResult> keepTrainedModel(StageContext context, StageResult recorded) {
    Path runDir = context.outDir();
    if (!Files.isRegularFile(runDir.resolve(TaskStages.MODEL_FILE))) {
      return Optional.empty();
    }
    Path metrics = runDir.resolve(MetricsLog.FILE_NAME);
    if (!Files.isRegularFile(metrics)) {
      return Optional.of(recorded);
    }
    LearningCurve curve = MetricsLog.read(metrics);
    return Optional.of(new StageResult(recorded.corpusStats(), recorded.summary(), recorded.tokens(),
        Optional.of(report -> report.learningCurve(curve))));
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

  @Override
  public Optional<StageResult> resumeFrom(StageContext context, StageResult recorded) throws IOException {
    return resumption.resume(context, recorded);
  }
}
