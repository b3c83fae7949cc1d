package org.seq4j.recipe;

import static org.seq4j.recipe.schema.ValueTypes.choice;
import static org.seq4j.recipe.schema.ValueTypes.choiceList;
import static org.seq4j.recipe.schema.ValueTypes.longInteger;
import static org.seq4j.recipe.schema.ValueTypes.matching;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.seq4j.recipe.schema.SectionSchema;
import org.seq4j.recipe.schema.Setting;
import org.seq4j.recipe.section.DataSection;
import org.seq4j.recipe.section.EmbedSection;
import org.seq4j.recipe.section.EvaluateSection;
import org.seq4j.recipe.section.ModelSection;
import org.seq4j.recipe.section.PrepareSection;
import org.seq4j.recipe.section.ReportSection;
import org.seq4j.recipe.section.Task;
import org.seq4j.recipe.section.TrainSection;
import org.seq4j.recipe.stage.StageName;

/**
 * A validated experiment recipe: one immutable record per section. Build it with {@link
 * RecipeLoader}; every value has been type-checked, every choice checked, and the fields checked
 * against each other ({@link RecipeChecks}).
 *
 * @param name experiment name (the run directory is {@code runs/<name>/<timestamp>/})
 * @param seed seed of every random source
 * @param task tagging or translation
 * @param stages the stages to run, in order
 * @param data where the corpus is and how to read it
 * @param prepare corpus preparation
 * @param embed word embeddings
 * @param model the network
 * @param train the training loop
 * @param evaluate evaluation
 * @param report reports
 * @param settings the resolved values and their locations
 */
public record Recipe(
    String name,
    long seed,
    Task task,
    List<StageName> stages,
    DataSection data,
    PrepareSection prepare,
    EmbedSection embed,
    ModelSection model,
    TrainSection train,
    EvaluateSection evaluate,
    ReportSection report,
    RecipeSettings settings) {

  public static final long DEFAULT_SEED = 42;

  /** Recipe names become directory names: letters, digits, '.', '_' and '-', not starting with '.'. */
  public static final Pattern NAME_PATTERN = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9._-]*");

  public static final Setting<String> NAME =
      Setting.required("name", matching(NAME_PATTERN, "a name of letters, digits, '.', '_', '-'"),
          "Experiment name; runs go to runs/<name>/<timestamp>/");
  public static final Setting<Long> SEED =
      Setting.of("seed", longInteger(), DEFAULT_SEED, "Seed of every random source (splits, shuffling, initialisation)");
  public static final Setting<Task> TASK =
      Setting.required("task", choice(Task.class), "What the recipe trains");
  public static final Setting<List<StageName>> STAGES =
      Setting.optional("stages", choiceList(StageName.class),
          "Stages to run, in order prepare, embed, train, evaluate, report; unset: all the task uses");

  /** The whole recipe schema: the single declaration of every key. */
  public static final SectionSchema SCHEMA =
      SectionSchema.of("", "A seq4j experiment recipe", NAME, SEED, TASK, STAGES)
          .with(DataSection.SCHEMA, PrepareSection.SCHEMA, EmbedSection.SCHEMA, ModelSection.SCHEMA,
              TrainSection.SCHEMA, EvaluateSection.SCHEMA, ReportSection.SCHEMA);

  public Recipe {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(task, "task");
    stages = List.copyOf(stages);
  }
}
