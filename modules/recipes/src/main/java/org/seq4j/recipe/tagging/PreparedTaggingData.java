package org.seq4j.recipe.tagging;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.seq4j.corpus.TaggedSentence;
import org.seq4j.corpus.io.CorpusReader;
import org.seq4j.corpus.io.conll.ConllColumnFormat;
import org.seq4j.corpus.io.conll.ConllReader;
import org.seq4j.recipe.run.RecipeRunner;
import org.seq4j.recipe.section.Split;

/**
 * The prepare stage's tagging output in a run directory: {@code prepared/<split>.conll}, one
 * {@code word<TAB>tag} per line and a blank line after each sentence (words normalised, tags in
 * the training scheme, filters applied). This is what the tagger trains and tunes on; evaluation
 * reads the original files instead ({@link GoldSplits}).
 */
public final class PreparedTaggingData {
  /** Suffix of the prepared split files (the prepare stage's TaggingPreparer writes them). */
  public static final String SPLIT_SUFFIX = ".conll";
  /** The prepared files' layout: word and tag, tab-separated. */
  public static final ConllColumnFormat FORMAT = ConllColumnFormat.WORD_TAB_TAG;

  private PreparedTaggingData() {}

  /** The prepared directory of a run directory. */
  public static Path dir(Path runDir) {
    return runDir.resolve(RecipeRunner.PREPARED_DIR);
  }

  /** The prepared file of a split. */
  public static Path file(Path runDir, Split split) {
    return dir(runDir).resolve(split.id() + SPLIT_SUFFIX);
  }

  /** Whether the prepare stage wrote this split. */
  public static boolean has(Path runDir, Split split) {
    return Files.isRegularFile(file(runDir, split));
  }

  /**
   * Reads a prepared split.
   *
   * @throws org.seq4j.corpus.BadInputException naming the file when it is missing or malformed
   */
  public static List<TaggedSentence> read(Path runDir, Split split) throws IOException {
    try (CorpusReader<TaggedSentence> reader = ConllReader.openTagged(file(runDir, split), FORMAT)) {
      return reader.readAll();
    }
  }
}
