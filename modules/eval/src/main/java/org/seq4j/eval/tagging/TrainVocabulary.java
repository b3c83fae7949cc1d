package org.seq4j.eval.tagging;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.seq4j.eval.EvalInputException;
import org.seq4j.eval.io.Utf8LineReader;

/**
 * Reads a training vocabulary for the known/unknown accuracy split: one word per line; anything
 * after the first tab is ignored (so {@code word<TAB>count} files work), blank lines are skipped.
 * Words are compared exactly (case-sensitively) with the evaluated tokens.
 */
public final class TrainVocabulary {

  private static final char FIELD_SEPARATOR = '\t';

  private TrainVocabulary() {}

  /**
   * The words of {@code file}, as an unmodifiable set.
   *
   * @throws EvalInputException if the file is missing, empty, not UTF-8 or holds no word
   */
  public static Set<String> read(Path file) {
    List<String> lines = Utf8LineReader.readLines(file);
    Set<String> words = new HashSet<>();
    for (String line : lines) {
      int tab = line.indexOf(FIELD_SEPARATOR);
      String word = (tab >= 0 ? line.substring(0, tab) : line).strip();
      if (!word.isEmpty()) {
        words.add(word);
      }
    }
    if (words.isEmpty()) {
      throw new EvalInputException(file.toString(), 0, "no words found, expected one word per line");
    }
    return Set.copyOf(words);
  }
}
