package org.seq4j.corpus.io.conll;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.seq4j.corpus.BadInputException;
import org.seq4j.corpus.TaggedSentence;
import org.seq4j.corpus.io.CorpusReader;
import org.seq4j.corpus.io.Utf8LineReader;

/**
 * Streams {@link ConllSentence}s from a CoNLL column file described by a {@link ConllColumnFormat}.
 *
 * <p>Sentences end at a blank or whitespace-only line (WNUT-17's train file separates sentences
 * with a lone TAB). Document-start lines ({@code -DOCSTART-}) are document boundaries: they never
 * become tokens; each is attached to the sentence after it so that writing reproduces it. Every
 * token line must have the word and tag columns, the same number of columns as the file's first
 * token line, and a non-empty word and tag; otherwise a {@link BadInputException} names the file,
 * the line and what was expected.
 */
public final class ConllReader implements CorpusReader<ConllSentence> {

  private static final int NOT_SEEN = -1;

  private final Utf8LineReader lines;
  private final ConllColumnFormat format;
  private int expectedColumns = NOT_SEEN;
  private long expectedColumnsLine;
  private Optional<ConllToken> carriedDocumentStart = Optional.empty();

  public ConllReader(Utf8LineReader lines, ConllColumnFormat format) {
    this.lines = lines;
    this.format = format;
  }

  /** Opens a file; a missing file is a {@link BadInputException} naming it. */
  public static ConllReader open(Path file, ConllColumnFormat format) throws IOException {
    return new ConllReader(Utf8LineReader.open(file), format);
  }

  /** Reads a whole file into memory (convenience for small files and tests). */
  public static List<ConllSentence> readAll(Path file, ConllColumnFormat format) throws IOException {
    try (ConllReader reader = open(file, format)) {
      return reader.readAll();
    }
  }

  /** Streams a file as tagged sentences, skipping document-start carriers without tokens. */
  public static CorpusReader<TaggedSentence> openTagged(Path file, ConllColumnFormat format)
      throws IOException {
    ConllReader sentences = open(file, format);
    return new CorpusReader<>() {
      @Override
      public TaggedSentence read() throws IOException {
        for (ConllSentence s = sentences.read(); s != null; s = sentences.read()) {
          if (!s.tokens().isEmpty()) {
            return s.tagged(format);
          }
        }
        return null;
      }

      @Override
      public void close() throws IOException {
        sentences.close();
      }
    };
  }

  public ConllColumnFormat format() {
    return format;
  }

  @Override
  public ConllSentence read() throws IOException {
    Optional<ConllToken> documentStart = carriedDocumentStart;
    carriedDocumentStart = Optional.empty();
    List<String> comments = new ArrayList<>();
    List<ConllToken> tokens = new ArrayList<>();
    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
      if (ColumnSeparator.isBlankLine(line)) {
        if (!tokens.isEmpty()) {
          return new ConllSentence(documentStart, comments, tokens, line);
        }
        if (!comments.isEmpty()) {
          throw lines.error("blank line after comments; expected the sentence's token lines");
        }
        continue;
      }
      if (isComment(line)) {
        if (!tokens.isEmpty()) {
          throw lines.error("comment inside a sentence; expected comments before the first token line");
        }
        comments.add(line);
        continue;
      }
      List<String> columns = format.separator().split(line);
      if (isDocumentStart(columns)) {
        if (!comments.isEmpty() && tokens.isEmpty()) {
          throw lines.error("document start after comments; expected the sentence's token lines");
        }
        ConllToken marker = new ConllToken(columns);
        if (tokens.isEmpty() && documentStart.isEmpty()) {
          documentStart = Optional.of(marker);
          continue;
        }
        carriedDocumentStart = Optional.of(marker);
        return new ConllSentence(documentStart, comments, tokens, "");
      }
      tokens.add(parseToken(columns));
    }
    if (!comments.isEmpty() && tokens.isEmpty()) {
      throw lines.error("file ends after comments; expected the sentence's token lines");
    }
    if (tokens.isEmpty() && documentStart.isEmpty()) {
      return null;
    }
    return new ConllSentence(documentStart, comments, tokens, "");
  }

  private boolean isComment(String line) {
    return format.commentPrefix().isPresent() && line.startsWith(format.commentPrefix().get());
  }

  private boolean isDocumentStart(List<String> columns) {
    return format.documentStartMarker().isPresent() && columns.get(0).equals(format.documentStartMarker().get());
  }

  private ConllToken parseToken(List<String> columns) {
    int found = columns.size();
    if (found < format.minimumColumns()) {
      throw lines.error(
          "expected at least " + format.minimumColumns() + " " + separatorName() + " columns, found " + found);
    }
    if (expectedColumns == NOT_SEEN) {
      expectedColumns = found;
      expectedColumnsLine = lines.lineNumber();
    } else if (found != expectedColumns) {
      throw lines.error(
          "expected " + expectedColumns + " " + separatorName() + " columns as on line "
              + expectedColumnsLine + ", found " + found);
    }
    requireNonEmpty(columns, format.wordColumn(), "word");
    format.tagColumn().ifPresent(tag -> requireNonEmpty(columns, tag, "tag"));
    return new ConllToken(columns);
  }

  private void requireNonEmpty(List<String> columns, int index, String what) {
    if (columns.get(index).isEmpty()) {
      throw lines.error("empty " + what + " in column " + (index + 1) + "; expected a " + what);
    }
  }

  private String separatorName() {
    return format.separator() == ColumnSeparator.TAB ? "tab-separated" : "whitespace-separated";
  }

  @Override
  public void close() throws IOException {
    lines.close();
  }
}
