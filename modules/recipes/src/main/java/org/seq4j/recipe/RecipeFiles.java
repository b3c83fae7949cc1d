package org.seq4j.recipe;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.seq4j.corpus.normalize.Normalizers;
import org.seq4j.corpus.normalize.StopwordRemover;

/**
 * Files a recipe names outside {@code data} (vector files, word2vec text files, stop word lists),
 * resolved against the working directory like the data files and checked to exist: a missing one
 * is a {@link RecipeException} naming the recipe, the key's line and the file.
 */
public final class RecipeFiles {
  /** {@code stopwords:FILE} in {@code prepare.normalize}. */
  private static final String STOPWORD_FILE_PREFIX = StopwordRemover.NAME + Normalizers.ARGUMENT_SEPARATOR;
  private static final String NORMALIZE_KEY = "prepare.normalize";

  private RecipeFiles() {}

  /**
   * The file {@code name} (as written in the recipe) resolved against {@code workDir}.
   *
   * @param key the dotted key that names the file, for the error message
   * @throws RecipeException when it is not a regular file
   */
  public static Path require(Recipe recipe, Path workDir, String key, String name) {
    Path file = workDir.resolve(name);
    if (!Files.isRegularFile(file)) {
      throw recipe.settings().error(key, (Files.isDirectory(file) ? "not a file: " : "file not found: ") + name
          + " (" + key + ", relative to " + workDir.toAbsolutePath().normalize() + ")");
    }
    return file;
  }

  /** The stop word files of {@code prepare.normalize} ({@code stopwords:FILE}), resolved and checked, in order. */
  public static List<Path> stopwordFiles(Recipe recipe, Path workDir) {
    List<Path> files = new ArrayList<>();
    for (String step : recipe.prepare().normalize()) {
      if (step.startsWith(STOPWORD_FILE_PREFIX)) {
        files.add(require(recipe, workDir, NORMALIZE_KEY, step.substring(STOPWORD_FILE_PREFIX.length())));
      }
    }
    return files;
  }

  /**
   * {@code prepare.normalize} with each stop word file resolved against {@code workDir} (and checked),
   * so the normalizers read the file the manifest hashes, wherever the JVM was started.
   */
  public static List<String> normalizerSteps(Recipe recipe, Path workDir) {
    List<String> steps = new ArrayList<>();
    for (String step : recipe.prepare().normalize()) {
      if (step.startsWith(STOPWORD_FILE_PREFIX)) {
        String name = step.substring(STOPWORD_FILE_PREFIX.length());
        steps.add(STOPWORD_FILE_PREFIX + require(recipe, workDir, NORMALIZE_KEY, name));
      } else {
        steps.add(step);
      }
    }
    return steps;
  }
}
