package org.seq4j.recipe;

import java.util.Locale;
import java.util.Objects;
import org.seq4j.recipe.schema.SectionValues;
import org.seq4j.recipe.schema.Setting;

/**
 * The rule every cross-field check shares: a key that only means something for another task,
 * format or setting is an error when the recipe sets it to something other than its default (a
 * silent no-op would hide a mistake in the recipe's intent); its default is simply unused, so a
 * resolved recipe, which lists every key, loads again unchanged.
 */
final class RecipeScope {
  private RecipeScope() {}

  /**
   * Rejects {@code s} when it does not apply and the recipe gives it a non-default value.
   *
   * @param scope what the key applies to, for the message ("task tagging")
   */
  static void onlyFor(SectionValues v, Setting<?> s, boolean applies, String scope) {
    if (!applies && v.isGiven(s) && !isDefault(v, s)) {
      throw v.locate(s).error(v.pathOf(s) + " applies only to " + scope + "; remove it");
    }
  }

  static boolean isDefault(SectionValues v, Setting<?> s) {
    return Objects.equals(v.get(s), s.defaultValue());
  }

  /** A choice as recipes write it. */
  static String id(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT);
  }
}
