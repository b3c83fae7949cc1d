package org.seq4j.recipe;

import static org.seq4j.recipe.RecipeScope.isDefault;
import static org.seq4j.recipe.RecipeScope.onlyFor;

import org.seq4j.recipe.schema.SectionValues;
import org.seq4j.recipe.section.DataSection;
import org.seq4j.recipe.section.EvaluateSection;
import org.seq4j.recipe.section.Split;
import org.seq4j.recipe.section.Task;
import org.seq4j.recipe.section.TrainSection;

/**
 * Checks of keys that only mean something when the recipe has a dev or test split. Whether it has
 * one is known when it loads: a file ({@code data.dev}/{@code data.test}), a held-out fraction
 * ({@code data.split}) or generated toy data. Without a dev split the tagger keeps the last epoch,
 * so {@code train.patience} and {@code train.dev_metric} would do nothing, and {@code lr_schedule:
 * plateau} would see no dev score (a plateau on every epoch); without a split to hold out, {@code
 * data.split.group_by} groups nothing. Translation training fails without a dev split anyway (the
 * train stage says so), so the dev-dependent training keys are checked for tagging only.
 */
final class SplitChecks {
  private static final String DEV_SPLIT = "recipes with a dev split (data.dev or data.split.dev)";

  private SplitChecks() {}

  static void check(Recipe r, SectionValues root) {
    SectionValues data = root.section("data");
    SectionValues split = data.section(DataSection.SplitSection.SCHEMA.name());
    onlyFor(split, DataSection.SplitSection.GROUP_BY, r.data().split().isActive(),
        "a held-out split of train (data.split.dev or data.split.test > 0)");
    if (r.task() == Task.TAGGING) {
      checkTaggingTrain(r, root.section("train"));
    }
    checkEvaluatedSplits(r, root.section("evaluate"));
  }

  private static void checkTaggingTrain(Recipe r, SectionValues v) {
    boolean dev = has(r, Split.DEV);
    onlyFor(v, TrainSection.PATIENCE, dev, DEV_SPLIT);
    onlyFor(v, TrainSection.DEV_METRIC, dev, DEV_SPLIT);
    if (!dev && r.train().lrSchedule() == TrainSection.LrSchedule.PLATEAU) {
      throw v.locate(TrainSection.LR_SCHEDULE).error("train.lr_schedule plateau decays when the dev score stops"
          + " improving, and the recipe has no dev split (data.dev or data.split.dev); use constant or exponential");
    }
  }

  /** A split named in a non-default {@code evaluate.splits} must exist; the default skips absent ones. */
  private static void checkEvaluatedSplits(Recipe r, SectionValues v) {
    if (!v.isGiven(EvaluateSection.SPLITS) || isDefault(v, EvaluateSection.SPLITS)) {
      return;
    }
    for (Split split : r.evaluate().splits()) {
      if (!has(r, split)) {
        throw v.locate(EvaluateSection.SPLITS).error("evaluate.splits names " + split.id() + " but the recipe has no "
            + split.id() + " split; set data." + split.id() + " or data.split." + split.id() + ", or remove it");
      }
    }
  }

  /** Whether the prepare stage will produce the split. */
  static boolean has(Recipe r, Split split) {
    DataSection d = r.data();
    return switch (split) {
      case TRAIN -> true;
      case DEV -> d.format() == DataSection.Format.TOY || d.dev().isPresent() || d.split().dev() > 0;
      case TEST -> d.format() == DataSection.Format.TOY || d.test().isPresent() || d.split().test() > 0;
    };
  }
}
