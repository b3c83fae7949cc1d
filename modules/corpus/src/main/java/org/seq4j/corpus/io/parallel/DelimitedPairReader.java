package org.seq4j.corpus.io.parallel;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.seq4j.corpus.BadInputException;
import org.seq4j.corpus.SentencePair;
import org.seq4j.corpus.io.CorpusReader;
import org.seq4j.corpus.io.Utf8LineReader;

/**
 * Streams {@link SentencePair}s from one TSV or CSV file, taking the source and target from chosen
 * 0-based columns (other columns, such as Tatoeba's attribution, are ignored). Parsing is done by
 * Apache Commons CSV over the shared strict UTF-8 line reader. Empty lines are skipped; a record
 * without the chosen columns, or malformed CSV quoting, is a {@link BadInputException} naming the
 * file and line (the line the record ends on, as Commons CSV counts it: the line reader itself
 * runs ahead of the parser's buffer, so only invalid UTF-8 is reported from there).
 */
public final class DelimitedPairReader implements CorpusReader<SentencePair> {

  private final Utf8LineReader lines;
  private final DelimitedFormat format;
  private final int sourceColumn;
  private final int targetColumn;
  private final CSVParser parser;
  private final Iterator<CSVRecord> records;

  /**
   * @param skipHeader whether the first record is a header to skip
   */
  public DelimitedPairReader(
      Utf8LineReader lines, DelimitedFormat format, int sourceColumn, int targetColumn, boolean skipHeader)
      throws IOException {
    if (sourceColumn < 0 || targetColumn < 0 || sourceColumn == targetColumn) {
      throw new IllegalArgumentException(
          "source and target columns must be distinct and >= 0, got " + sourceColumn + " and " + targetColumn);
    }
    this.lines = lines;
    this.format = format;
    this.sourceColumn = sourceColumn;
    this.targetColumn = targetColumn;
    this.parser = CSVParser.builder().setReader(lines.asReader()).setFormat(format.csvFormat()).get();
    this.records = parser.iterator();
    if (skipHeader) {
      next();
    }
  }

  /** Opens a file with source in column 0 and target in column 1, no header. */
  public static DelimitedPairReader open(Path file, DelimitedFormat format) throws IOException {
    return open(file, format, 0, 1, false);
  }

  /** Opens a file; a missing file is a {@link BadInputException} naming it. */
  public static DelimitedPairReader open(
      Path file, DelimitedFormat format, int sourceColumn, int targetColumn, boolean skipHeader)
      throws IOException {
    Utf8LineReader lines = Utf8LineReader.open(file);
    try {
      return new DelimitedPairReader(lines, format, sourceColumn, targetColumn, skipHeader);
    } catch (RuntimeException | IOException e) {
      lines.close();
      throw e;
    }
  }

  /** Reads a whole file into memory (convenience for small files and tests). */
  public static List<SentencePair> readAll(Path file, DelimitedFormat format) throws IOException {
    try (DelimitedPairReader reader = open(file, format)) {
      return reader.readAll();
    }
  }

  @Override
  public SentencePair read() throws IOException {
    CSVRecord record = next();
    if (record == null) {
      return null;
    }
    int needed = Math.max(sourceColumn, targetColumn) + 1;
    if (record.size() < needed) {
      throw new BadInputException(
          lines.source(),
          parser.getCurrentLineNumber(),
          "expected at least " + needed + " " + format.shortName() + " columns, found " + record.size());
    }
    return new SentencePair(record.get(sourceColumn), record.get(targetColumn));
  }

  private CSVRecord next() {
    try {
      return records.hasNext() ? records.next() : null;
    } catch (UncheckedIOException e) {
      throw new BadInputException(
          lines.source(),
          parser.getCurrentLineNumber(),
          "malformed " + format.shortName() + " (" + e.getCause().getMessage() + ")",
          e);
    }
  }

  @Override
  public void close() throws IOException {
    parser.close();
  }
}
