package org.seq4j.recipe.prepare;

import org.seq4j.corpus.filter.FilterSettings;
import org.seq4j.recipe.section.PrepareSection;

/**
 * Maps a recipe's {@code prepare} settings onto the corpus module's {@link FilterSettings}. The
 * recipe writes "no limit" as 0 (a number a YAML user can type); the corpus module uses its own
 * sentinels, translated here and nowhere else.
 */
final class PreparationFilters {
  private PreparationFilters() {}

  static FilterSettings settings(PrepareSection prepare) {
    int maxLength = prepare.maxLength() == 0 ? FilterSettings.NO_MAX_LENGTH : prepare.maxLength();
    double maxRatio = prepare.maxLengthRatio() == 0 ? FilterSettings.NO_MAX_RATIO : prepare.maxLengthRatio();
    return new FilterSettings(prepare.dropEmpty(), maxLength, maxRatio, prepare.dropDuplicates());
  }
}
