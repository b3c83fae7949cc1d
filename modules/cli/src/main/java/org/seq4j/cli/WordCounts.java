package org.seq4j.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import org.seq4j.corpus.BadInputException;
import org.seq4j.corpus.io.Utf8LineReader;

/** Word frequencies gathered from corpora and vocabulary files for {@code embed coverage}. */
final class WordCounts {

  private static final String WHITESPACE = "\\s+";
  private static final long ONCE = 1L;

  private final Map<String, Long> counts = new HashMap<>();

  void add(String word) {
    counts.merge(word, ONCE, Long::sum);
  }

  /**
   * Adds a vocabulary file: {@code word} or {@code word count} per line; blank lines are skipped.
   *
   * @throws BadInputException naming file and line for a count that is not a positive integer or
   *     for more than two fields
   */
  void addVocabularyFile(Path file) throws IOException {
    try (Utf8LineReader lines = Utf8LineReader.open(file)) {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        String stripped = line.strip();
        if (stripped.isEmpty()) {
          continue;
        }
        String[] fields = stripped.split(WHITESPACE);
        if (fields.length > 2) {
          throw lines.error("found " + fields.length + " fields; expected 'word' or 'word count'");
        }
        long count = ONCE;
        if (fields.length == 2) {
          try {
            count = Long.parseLong(fields[1]);
          } catch (NumberFormatException e) {
            count = 0;
          }
          if (count < 1) {
            throw lines.error("count '" + fields[1] + "' is not a positive integer; expected 'word' or 'word count'");
          }
        }
        counts.merge(fields[0], count, Long::sum);
      }
    }
  }

  Map<String, Long> asMap() {
    return Collections.unmodifiableMap(counts);
  }
}
