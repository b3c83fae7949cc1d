package org.seq4j.recipe.translation;

import java.nio.file.Files;
import java.nio.file.Path;
import org.seq4j.corpus.BadInputException;
import org.seq4j.corpus.vocab.Vocabulary;
import org.seq4j.recipe.Recipe;
import org.seq4j.recipe.prepare.PreparedTranslationFiles;

/**
 * The vocabularies the prepare stage wrote for translation, read back for training: {@code
 * vocab.shared} for both sides with {@code prepare.shared_vocab}, else {@code vocab.src} and {@code
 * vocab.tgt}. Design: training reads the files instead of counting the prepared pairs again, so
 * {@code vocab_min_freq}, {@code vocab_max_size} and {@code shared_vocab} act on the model through
 * one code path (the prepare stage's) and the model's vocabularies are the prepared files by
 * construction. Immutable.
 *
 * @param source the source vocabulary
 * @param target the target vocabulary; the same object as {@code source} when shared
 */
public record PreparedVocabularies(Vocabulary source, Vocabulary target) {

  /** Whether source and target share one vocabulary. */
  public boolean shared() {
    return source == target;
  }

  /**
   * Reads the vocabularies the recipe's prepare stage wrote into {@code preparedDir}.
   *
   * @throws BadInputException naming the file when it is missing (prepared by another recipe) or malformed
   */
  public static PreparedVocabularies read(Recipe recipe, Path preparedDir) {
    if (recipe.prepare().sharedVocab()) {
      Vocabulary shared = load(preparedDir.resolve(PreparedTranslationFiles.SHARED_VOCAB_FILE));
      return new PreparedVocabularies(shared, shared);
    }
    return new PreparedVocabularies(load(preparedDir.resolve(PreparedTranslationFiles.SOURCE_VOCAB_FILE)),
        load(preparedDir.resolve(PreparedTranslationFiles.TARGET_VOCAB_FILE)));
  }

  private static Vocabulary load(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new BadInputException(file.toString(), BadInputException.NO_LINE,
          "expected the vocabulary the prepare stage writes for this recipe (prepare again)");
    }
    return Vocabulary.load(file);
  }
}
