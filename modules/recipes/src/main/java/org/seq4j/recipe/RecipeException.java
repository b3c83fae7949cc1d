package org.seq4j.recipe;

import org.seq4j.corpus.BadInputException;

/**
 * A recipe (or a {@code --set} override) is wrong: an unknown key, a value of the wrong type, a
 * choice that does not exist, fields that contradict each other, a file it names that is missing.
 * The message is one line naming the recipe file, the key's line and what was expected. It is a
 * {@link BadInputException}, so the command line reports it with exit code 2.
 */
public class RecipeException extends BadInputException {
  private static final long serialVersionUID = 1L;

  public RecipeException(String source, long line, String problem) {
    super(source, line, problem);
  }

  public RecipeException(String source, long line, String problem, Throwable cause) {
    super(source, line, problem, cause);
  }
}
