package org.seq4j.recipe.stage;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import org.seq4j.recipe.embed.EmbedStage;
import org.seq4j.recipe.prepare.PrepareStage;
import org.seq4j.recipe.report.ReportStage;
import org.seq4j.recipe.section.Task;
import org.seq4j.recipe.tagging.TaggingStages;
import org.seq4j.recipe.translation.TranslationStages;

/**
 * The stages of this version of seq4j. Train and evaluate dispatch on the recipe's task to the
 * {@link TaskStages} registered in {@link #tasks()}; a task without one makes the plan check fail
 * before any work starts.
 */
public final class Stages {
  private Stages() {}

  /** Every stage by name. */
  public static Map<StageName, Stage> all() {
    Map<Task, TaskStages> tasks = tasks();
    Map<StageName, Stage> stages = new EnumMap<>(StageName.class);
    stages.put(StageName.PREPARE, new PrepareStage());
    stages.put(StageName.EMBED, new EmbedStage());
    stages.put(StageName.TRAIN, TaskStage.train(tasks));
    stages.put(StageName.EVALUATE, TaskStage.evaluate(tasks));
    stages.put(StageName.REPORT, new ReportStage());
    return Collections.unmodifiableMap(stages);
  }

  /** The tasks whose train and evaluate stages this version implements. */
  static Map<Task, TaskStages> tasks() {
    Map<Task, TaskStages> tasks = new EnumMap<>(Task.class);
    tasks.put(Task.TAGGING, new TaggingStages());
    tasks.put(Task.TRANSLATION, new TranslationStages());
    return tasks;
  }
}
