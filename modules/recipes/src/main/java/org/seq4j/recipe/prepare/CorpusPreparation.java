package org.seq4j.recipe.prepare;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.seq4j.recipe.Recipe;
import org.seq4j.recipe.section.Task;

/**
 * The prepare stage's work, shared by {@code seq4j prepare} and {@code seq4j run}: checks the input
 * files exist, prepares the corpus into {@code outDir}, and writes {@code stats.json} and {@code
 * summary.txt}. All files are written atomically and only after every input was read, so a
 * malformed input leaves nothing behind.
 */
public final class CorpusPreparation {
  public static final String STATS_FILE = "stats.json";
  public static final String SUMMARY_FILE = "summary.txt";
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private CorpusPreparation() {}

  /**
   * Prepares the recipe's corpus.
   *
   * @param workDir the directory recipe paths are relative to
   * @param outDir where the prepared files go (created if needed)
   * @return the statistics and files written (stats.json and summary.txt included)
   */
  public static PreparedCorpus prepare(Recipe recipe, Path workDir, Path outDir, ProgressReporter progress)
      throws IOException {
    DataFiles files = DataFiles.resolve(recipe, workDir);
    PreparedCorpus corpus = recipe.task() == Task.TAGGING
        ? new TaggingPreparer(recipe, progress).prepare(files, outDir)
        : new TranslationPreparer(recipe, workDir, progress).prepare(files, outDir);
    org.seq4j.corpus.AtomicFiles.writeString(outDir.resolve(STATS_FILE),
        JSON.writeValueAsString(corpus.stats()) + "\n");
    org.seq4j.corpus.AtomicFiles.writeString(outDir.resolve(SUMMARY_FILE), PreparationSummary.render(corpus.stats()));
    List<Path> written = new ArrayList<>(corpus.files());
    written.add(Path.of(STATS_FILE));
    written.add(Path.of(SUMMARY_FILE));
    return new PreparedCorpus(corpus.stats(), corpus.tokens(), written);
  }
}
