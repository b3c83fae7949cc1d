package org.seq4j.corpus.io.parallel;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.seq4j.corpus.BadInputException;
import org.seq4j.corpus.SentencePair;
import org.seq4j.corpus.io.CorpusReader;
import org.seq4j.corpus.io.Utf8LineReader;

/**
 * Streams {@link SentencePair}s from two line-aligned text files (line i of the source file
 * translates line i of the target file). Lines are returned verbatim, empty lines included, so
 * alignment is never shifted. If one file has more lines, reading fails at the first line without
 * a counterpart, with a message naming both files.
 */
public final class ParallelTextReader implements CorpusReader<SentencePair> {

  private final Utf8LineReader source;
  private final Utf8LineReader target;

  public ParallelTextReader(Utf8LineReader source, Utf8LineReader target) {
    this.source = source;
    this.target = target;
  }

  /** Opens both files; a missing file is a {@link BadInputException} naming it. */
  public static ParallelTextReader open(Path sourceFile, Path targetFile) throws IOException {
    Utf8LineReader source = Utf8LineReader.open(sourceFile);
    try {
      return new ParallelTextReader(source, Utf8LineReader.open(targetFile));
    } catch (RuntimeException | IOException e) {
      source.close();
      throw e;
    }
  }

  /** Reads both files into memory (convenience for small files and tests). */
  public static List<SentencePair> readAll(Path sourceFile, Path targetFile) throws IOException {
    try (ParallelTextReader reader = open(sourceFile, targetFile)) {
      return reader.readAll();
    }
  }

  @Override
  public SentencePair read() throws IOException {
    String sourceLine = source.readLine();
    String targetLine = target.readLine();
    if (sourceLine == null && targetLine == null) {
      return null;
    }
    if (sourceLine == null) {
      throw unmatched(target, source);
    }
    if (targetLine == null) {
      throw unmatched(source, target);
    }
    return new SentencePair(sourceLine, targetLine);
  }

  private static BadInputException unmatched(Utf8LineReader longer, Utf8LineReader shorter) {
    return longer.error(
        "line has no counterpart: " + shorter.source() + " ends after " + shorter.lineNumber()
            + " lines; expected both files to have the same number of lines");
  }

  @Override
  public void close() throws IOException {
    try {
      source.close();
    } finally {
      target.close();
    }
  }
}
