package org.seq4j.recipe.prepare;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.seq4j.recipe.Recipe;
import org.seq4j.recipe.section.DataSection;
import org.seq4j.recipe.section.Split;

/**
 * The input files a recipe's data section names, resolved against the working directory and
 * checked to exist before any work starts. A missing file is a {@link
 * org.seq4j.recipe.RecipeException} naming the recipe, the key's line and the file.
 *
 * @param files split → its files (one file; two for parallel data: source then target; none for
 *     generated toy data)
 */
public record DataFiles(Map<Split, List<Path>> files) {

  public DataFiles {
    Map<Split, List<Path>> copy = new EnumMap<>(Split.class);
    files.forEach((k, v) -> copy.put(k, List.copyOf(v)));
    files = java.util.Collections.unmodifiableMap(copy);
  }

  /** Resolves and checks the files of every split the recipe names. */
  public static DataFiles resolve(Recipe recipe, Path workDir) {
    DataSection d = recipe.data();
    Map<Split, List<Path>> files = new EnumMap<>(Split.class);
    if (d.format() == DataSection.Format.TOY) {
      return new DataFiles(files); // generated from the seed: no input files
    }
    add(files, recipe, workDir, Split.TRAIN, Optional.of(d.train()));
    add(files, recipe, workDir, Split.DEV, d.dev());
    add(files, recipe, workDir, Split.TEST, d.test());
    return new DataFiles(files);
  }

  private static void add(Map<Split, List<Path>> files, Recipe recipe, Path workDir, Split split,
      Optional<String> name) {
    if (name.isEmpty()) {
      return;
    }
    DataSection d = recipe.data();
    Path dir = Path.of(d.dir());
    List<Path> paths = new ArrayList<>();
    if (d.format() == DataSection.Format.PARALLEL) {
      paths.add(dir.resolve(name.get() + "." + d.sourceLang().orElseThrow()));
      paths.add(dir.resolve(name.get() + "." + d.targetLang().orElseThrow()));
    } else {
      paths.add(dir.resolve(name.get()));
    }
    String key = "data." + split.id();
    for (Path p : paths) {
      Path resolved = workDir.resolve(p);
      if (!Files.isRegularFile(resolved)) {
        throw recipe.settings().error(key, (Files.isDirectory(resolved) ? "not a file: " : "file not found: ")
            + p + " (" + key + " in data.dir " + d.dir() + ", relative to " + workDir.toAbsolutePath().normalize() + ")");
      }
    }
    files.put(split, paths.stream().map(workDir::resolve).toList());
  }

  /** Every input file, in split order. */
  public List<Path> all() {
    return files.values().stream().flatMap(List::stream).toList();
  }
}
