package org.seq4j.corpus.io.conllu;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.seq4j.corpus.BadInputException;
import org.seq4j.corpus.TaggedSentence;
import org.seq4j.corpus.io.CorpusReader;
import org.seq4j.corpus.io.Utf8LineReader;

/**
 * Streams {@link ConllUSentence}s from a CoNLL-U file, one sentence in memory at a time.
 *
 * <p>Accepted input: comment lines ({@code #...}) before the rows of a sentence, rows with exactly
 * ten tab-separated non-empty columns and a canonical ID (see {@link ConllUId}), integer IDs
 * numbered 1, 2, 3, ... within each sentence, and a blank line after each sentence (extra blank
 * lines and a missing final blank line are tolerated). Anything else is a {@link
 * BadInputException} naming the file, the line and what was expected.
 */
public final class ConllUReader implements CorpusReader<ConllUSentence> {

  private static final String COMMENT_PREFIX = "#";
  private static final char TAB = '\t';
  private static final String[] COLUMN_NAMES = {
    "ID", "FORM", "LEMMA", "UPOS", "XPOS", "FEATS", "HEAD", "DEPREL", "DEPS", "MISC"
  };

  private final Utf8LineReader lines;

  public ConllUReader(Utf8LineReader lines) {
    this.lines = lines;
  }

  /** Opens a file; a missing file is a {@link BadInputException} naming it. */
  public static ConllUReader open(Path file) throws IOException {
    return new ConllUReader(Utf8LineReader.open(file));
  }

  /** Reads a whole file into memory (convenience for small files and tests). */
  public static List<ConllUSentence> readAll(Path file) throws IOException {
    try (ConllUReader reader = open(file)) {
      return reader.readAll();
    }
  }

  /** Streams a file as tagged sentences (integer-ID words, tags from {@code column}). */
  public static CorpusReader<TaggedSentence> openTagged(Path file, ConllUTagColumn column)
      throws IOException {
    return open(file).map(sentence -> sentence.tagged(column));
  }

  @Override
  public ConllUSentence read() throws IOException {
    List<String> comments = new ArrayList<>();
    List<ConllURow> rows = new ArrayList<>();
    int lastWord = 0;
    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
      if (line.isEmpty()) {
        if (!rows.isEmpty()) {
          return new ConllUSentence(comments, rows);
        }
        if (!comments.isEmpty()) {
          throw lines.error("blank line after comments; expected the sentence's word lines");
        }
        continue;
      }
      if (line.startsWith(COMMENT_PREFIX)) {
        if (!rows.isEmpty()) {
          throw lines.error("comment inside a sentence; expected comments before the first word line");
        }
        comments.add(line);
        continue;
      }
      ConllURow row = parseRow(line);
      if (row.isWord()) {
        if (row.id().first() != lastWord + 1) {
          throw lines.error(
              "word id " + row.id() + " out of order; expected " + (lastWord + 1));
        }
        lastWord = row.id().first();
      }
      rows.add(row);
    }
    if (!rows.isEmpty()) {
      return new ConllUSentence(comments, rows);
    }
    if (!comments.isEmpty()) {
      throw lines.error("file ends after comments; expected the sentence's word lines");
    }
    return null;
  }

  private ConllURow parseRow(String line) {
    String[] columns = new String[ConllURow.COLUMN_COUNT];
    int start = 0;
    int count = 0;
    while (true) {
      int tab = line.indexOf(TAB, start);
      int end = tab < 0 ? line.length() : tab;
      if (count < columns.length) {
        columns[count] = line.substring(start, end);
      }
      count++;
      if (tab < 0) {
        break;
      }
      start = tab + 1;
    }
    if (count != ConllURow.COLUMN_COUNT) {
      throw lines.error(
          "expected " + ConllURow.COLUMN_COUNT + " tab-separated columns, found " + count);
    }
    for (int i = 0; i < columns.length; i++) {
      if (columns[i].isEmpty()) {
        throw lines.error("column " + (i + 1) + " (" + COLUMN_NAMES[i] + ") is empty; expected a value or _");
      }
    }
    ConllUId id;
    try {
      id = ConllUId.parse(columns[0]);
    } catch (IllegalArgumentException e) {
      throw lines.error(e.getMessage() + "; expected an integer id (7), a range (3-4) or an empty node (8.1)");
    }
    return new ConllURow(
        id, columns[1], columns[2], columns[3], columns[4], columns[5], columns[6], columns[7],
        columns[8], columns[9]);
  }

  @Override
  public void close() throws IOException {
    lines.close();
  }
}
