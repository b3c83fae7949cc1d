package org.seq4j.recipe.prepare;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.seq4j.corpus.filter.DatasetSplit;
import org.seq4j.corpus.filter.DatasetSplitter;
import org.seq4j.corpus.filter.SplitFractions;
import org.seq4j.recipe.Recipe;
import org.seq4j.recipe.section.DataSection;
import org.seq4j.recipe.section.Split;

/**
 * Holds dev/test out of the training file when {@code data.split} asks for it, with the corpus
 * module's {@link DatasetSplitter} seeded by the recipe's seed. With {@code group_by: source} all
 * items sharing a source sentence (Tatoeba: the English sentence, which has many French
 * translations) land in the same split, so no test sentence was seen in training.
 *
 * <p>Recipe checks guarantee that a split with its own file gets fraction 0, so splitting never
 * replaces a file's split with an empty one: held-out items are appended to what is there.
 */
final class HeldOutSplit {
  private HeldOutSplit() {}

  /**
   * Splits {@code splits.get(TRAIN)} in place (no-op when nothing is asked for).
   *
   * @param sourceKey the source sentence of an item, the grouping key
   */
  static <T> void apply(Map<Split, List<T>> splits, Recipe recipe, Function<T, ?> sourceKey) {
    DataSection.SplitSection asked = recipe.data().split();
    if (!asked.isActive()) {
      return;
    }
    SplitFractions fractions = new SplitFractions(1 - asked.dev() - asked.test(), asked.dev(), asked.test());
    List<T> all = splits.get(Split.TRAIN);
    DatasetSplit<T> split = asked.groupBy() == DataSection.SplitSection.Grouping.SOURCE
        ? DatasetSplitter.split(all, fractions, recipe.seed(), sourceKey)
        : DatasetSplitter.split(all, fractions, recipe.seed());
    splits.put(Split.TRAIN, split.train());
    append(splits, Split.DEV, split.dev(), asked.dev());
    append(splits, Split.TEST, split.test(), asked.test());
  }

  private static <T> void append(Map<Split, List<T>> splits, Split name, List<T> items, double fraction) {
    if (fraction == 0 && items.isEmpty()) {
      return;
    }
    List<T> merged = new ArrayList<>(splits.getOrDefault(name, List.of()));
    merged.addAll(items);
    splits.put(name, merged);
  }
}
