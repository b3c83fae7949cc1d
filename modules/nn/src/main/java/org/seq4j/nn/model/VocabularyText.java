package org.seq4j.nn.model;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.seq4j.corpus.BadInputException;
import org.seq4j.corpus.vocab.Vocabulary;

/**
 * Converts between {@link Vocabulary} and its text form inside a model zip.
 *
 * <p>The corpus module reads and writes vocabularies only as files, so this goes through a
 * temporary file; that keeps one implementation of the format (the corpus module's) at the cost of
 * a small file per vocabulary when saving or loading a model.
 */
final class VocabularyText {

  private static final String TEMP_PREFIX = "seq4j-vocab-";
  private static final String TEMP_SUFFIX = ".txt";

  private VocabularyText() {}

  static String toText(Vocabulary vocabulary) throws IOException {
    Path temp = Files.createTempFile(TEMP_PREFIX, TEMP_SUFFIX);
    try {
      vocabulary.save(temp);
      return Files.readString(temp, StandardCharsets.UTF_8);
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  /** Parses {@code text}; problems are reported against {@code source} (e.g. {@code model.zip!vocab/words.txt}). */
  static Vocabulary fromText(String text, String source) {
    Path temp = null;
    try {
      temp = Files.createTempFile(TEMP_PREFIX, TEMP_SUFFIX);
      Files.writeString(temp, text, StandardCharsets.UTF_8);
      return Vocabulary.load(temp);
    } catch (BadInputException e) {
      throw new BadInputException(source, e.line(), e.problem(), e);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } finally {
      if (temp != null) {
        try {
          Files.deleteIfExists(temp);
        } catch (IOException ignored) {
          // a leftover temporary file is harmless
        }
      }
    }
  }
}
