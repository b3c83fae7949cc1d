package org.seq4j.corpus.io.text;

import java.io.IOException;
import java.nio.file.Path;
import org.seq4j.corpus.io.CorpusReader;
import org.seq4j.corpus.io.Utf8LineReader;

/**
 * Streams plain text with one sentence per line (embedding training data, translation input).
 * Lines are returned verbatim; {@link BlankLines} says whether whitespace-only lines are kept
 * (needed when line numbers must stay aligned with another file) or skipped (embeddings).
 */
public final class RawTextReader implements CorpusReader<String> {

  /** What to do with lines that are empty or hold only whitespace. */
  public enum BlankLines {
    KEEP,
    SKIP
  }

  private final Utf8LineReader lines;
  private final BlankLines blankLines;

  public RawTextReader(Utf8LineReader lines, BlankLines blankLines) {
    this.lines = lines;
    this.blankLines = blankLines;
  }

  /** Opens a file; a missing file is a {@link org.seq4j.corpus.BadInputException} naming it. */
  public static RawTextReader open(Path file, BlankLines blankLines) throws IOException {
    return new RawTextReader(Utf8LineReader.open(file), blankLines);
  }

  /** 1-based line number of the sentence returned last. */
  public long lineNumber() {
    return lines.lineNumber();
  }

  @Override
  public String read() throws IOException {
    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
      if (blankLines == BlankLines.KEEP || !line.isBlank()) {
        return line;
      }
    }
    return null;
  }

  @Override
  public void close() throws IOException {
    lines.close();
  }
}
