package org.seq4j.corpus.vocab;

import org.seq4j.corpus.io.Utf8LineReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.seq4j.corpus.AtomicFiles;
import org.seq4j.corpus.BadInputException;

/**
 * The vocabulary text format: UTF-8, one entry per line in id order, {@code token<TAB>count}.
 * Special tokens come first, in {@link SpecialToken} order, with count 0; which of them are present
 * is read back from the file, so a tag vocabulary with only {@code <pad>} round-trips as one.
 *
 * <p>The count is split off at the <em>last</em> tab, so the format needs no escaping for any token
 * without a line break. Plain text keeps vocabularies diffable and readable in run directories.
 */
final class VocabularyFile {

  private static final char SEPARATOR = '\t';

  private VocabularyFile() {}

  static void write(Vocabulary vocabulary, Path file) throws IOException {
    AtomicFiles.writeText(
        file,
        out -> {
          for (int id = 0; id < vocabulary.size(); id++) {
            out.write(vocabulary.token(id));
            out.write(SEPARATOR);
            out.write(Long.toString(vocabulary.count(id)));
            out.write('\n');
          }
        });
  }

  static Vocabulary read(Path file) {
    List<String> lines = Utf8LineReader.readAllLines(file);
    Set<SpecialToken> specials = EnumSet.noneOf(SpecialToken.class);
    List<String> tokens = new ArrayList<>(lines.size());
    List<Long> counts = new ArrayList<>(lines.size());
    Set<String> seen = new HashSet<>(lines.size() * 2);
    SpecialToken lastSpecial = null;
    for (int i = 0; i < lines.size(); i++) {
      long lineNumber = i + 1L;
      String line = lines.get(i);
      int tab = line.lastIndexOf(SEPARATOR);
      if (tab <= 0) {
        throw new BadInputException(
            file, lineNumber, "expected TOKEN<TAB>COUNT, found '" + line + "'");
      }
      String token = line.substring(0, tab);
      long count = parseCount(file, lineNumber, line.substring(tab + 1));
      if (!seen.add(token)) {
        throw new BadInputException(file, lineNumber, "duplicate token '" + token + "'");
      }
      SpecialToken special = SpecialToken.fromToken(token);
      if (special != null) {
        boolean inOrder = tokens.isEmpty() && (lastSpecial == null || special.compareTo(lastSpecial) > 0);
        if (!inOrder) {
          throw new BadInputException(
              file,
              lineNumber,
              "special token " + token + " must come before all other tokens, in the order "
                  + Vocabulary.PAD + " " + Vocabulary.UNK + " " + Vocabulary.BOS + " " + Vocabulary.EOS);
        }
        specials.add(special);
        lastSpecial = special;
      } else {
        tokens.add(token);
        counts.add(count);
      }
    }
    return new Vocabulary(specials, tokens, counts);
  }

  private static long parseCount(Path file, long lineNumber, String text) {
    try {
      long count = Long.parseLong(text);
      if (count >= 0) {
        return count;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new BadInputException(
        file, lineNumber, "expected a non-negative integer count after the tab, found '" + text + "'");
  }
}
