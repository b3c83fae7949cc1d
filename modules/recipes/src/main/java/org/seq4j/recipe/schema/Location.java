package org.seq4j.recipe.schema;

import java.util.Objects;
import org.seq4j.recipe.RecipeException;

/**
 * Where a recipe value came from: a recipe file and line, or a {@code --set} override (line
 * {@link org.seq4j.corpus.BadInputException#NO_LINE}).
 *
 * @param source the recipe file or the override text
 * @param line 1-based line, or 0 when there is none
 */
public record Location(String source, long line) {
  public Location {
    Objects.requireNonNull(source, "source");
  }

  /** An exception for a problem at this location. */
  public RecipeException error(String problem) {
    return new RecipeException(source, line, problem);
  }
}
