package org.seq4j.recipe.tagging;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes a split's predictions in the format its gold file came in: the same file with the
 * predicted tags in place of the gold ones, so {@code seq4j eval tags --gold GOLD --pred PRED}
 * (or any other CoNLL tool) compares them directly. Atomic (temp file + rename).
 */
public interface PredictionWriter {

  /** File extension of the predictions, without the dot ({@code conllu}, {@code conll}). */
  String extension();

  /**
   * Writes the file with {@code predicted} tags, one list per sentence of the gold file (empty
   * lists for sentences without tokens).
   *
   * @throws IllegalArgumentException if a sentence's tag count differs from its token count
   */
  void write(Path file, List<List<String>> predicted) throws IOException;
}
