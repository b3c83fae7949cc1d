package org.seq4j.recipe.stage;

import java.util.Locale;
import java.util.Map;

/** Picks the {@link TaskStages} of a recipe's task. */
final class TaskDispatch {
  private TaskDispatch() {}

  static TaskStages of(Map<org.seq4j.recipe.section.Task, TaskStages> tasks, StageContext context, StageName stage) {
    TaskStages task = tasks.get(context.recipe().task());
    if (task == null) {
      throw context.recipe().settings().error("task", "stage '" + stage.id() + "' is not available for task "
          + context.recipe().task().name().toLowerCase(Locale.ROOT) + " in this version of seq4j");
    }
    return task;
  }
}
