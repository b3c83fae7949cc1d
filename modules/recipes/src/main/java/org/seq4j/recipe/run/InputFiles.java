package org.seq4j.recipe.run;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.seq4j.recipe.Recipe;
import org.seq4j.recipe.RecipeFiles;
import org.seq4j.recipe.embed.EmbeddingTexts;
import org.seq4j.recipe.prepare.DataFiles;
import org.seq4j.recipe.section.EmbedSection;
import org.seq4j.recipe.stage.StageName;

/**
 * Every file a run reads from outside its run directory, resolved against the working directory and
 * checked to exist before any work starts: the data files ({@link DataFiles}), the stop word files of
 * {@code prepare.normalize} when the prepare stage runs, and {@code embed.file} (method pretrained)
 * or {@code embed.text_files} (method word2vec) when the embed stage runs. manifest.json records the
 * SHA-256 of each, keyed by its path relative to the working directory, so a run names every byte it
 * was computed from. A file named twice is listed once.
 */
public final class InputFiles {
  private InputFiles() {}

  /**
   * The files, in a fixed order: data (split order), stop word lists, vector file or text files.
   *
   * @param stages the stages the run will run
   * @throws org.seq4j.recipe.RecipeException naming the key and the file when one is missing
   */
  public static List<Path> resolve(Recipe recipe, Path workDir, List<StageName> stages) {
    Set<Path> files = new LinkedHashSet<>(DataFiles.resolve(recipe, workDir).all());
    if (stages.contains(StageName.PREPARE)) {
      files.addAll(RecipeFiles.stopwordFiles(recipe, workDir));
    }
    if (stages.contains(StageName.EMBED)) {
      EmbedSection embed = recipe.embed();
      switch (embed.method()) {
        case PRETRAINED -> files.add(RecipeFiles.require(recipe, workDir, "embed." + EmbedSection.FILE.key(),
            embed.file().orElseThrow()));
        case WORD2VEC -> files.addAll(EmbeddingTexts.files(recipe, workDir));
        case NONE -> { }
      }
    }
    return List.copyOf(files);
  }

  /** {@code file relative to workDir → lower-case hex SHA-256} for each file, in order. */
  public static Map<String, String> sha256(List<Path> files, Path workDir) throws IOException {
    Path base = workDir.toAbsolutePath().normalize();
    Map<String, String> hashes = new LinkedHashMap<>();
    for (Path file : files) {
      hashes.put(base.relativize(file.toAbsolutePath().normalize()).toString(), FileHashes.sha256(file));
    }
    return hashes;
  }
}
