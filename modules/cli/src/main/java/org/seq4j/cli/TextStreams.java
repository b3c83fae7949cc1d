package org.seq4j.cli;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.seq4j.corpus.BadInputException;
import org.seq4j.corpus.AtomicFiles;
import org.seq4j.corpus.io.Utf8LineReader;

/**
 * Where the streaming commands ({@code tag}, {@code translate}) read and write: a file or standard
 * input, a file or standard output, so they compose with Unix pipes.
 *
 * <p>Input is strict UTF-8 read through {@link Utf8LineReader}, so invalid bytes are reported as
 * {@code file:line} (or {@code <stdin>:line}). An output file is written atomically ({@link
 * AtomicFiles}): after a bad-input error nothing half-written is left behind. Standard output is
 * written as the work proceeds, which is what a pipe wants.
 */
final class TextStreams {

  /** Writes the whole output into {@code out}. */
  @FunctionalInterface
  interface Body {
    void write(Writer out) throws IOException;
  }

  private static final int BUFFER_BYTES = 1 << 16;

  private TextStreams() {}

  /** Lines of {@code input}, or of {@code stdin} when {@code input} is null. */
  static Utf8LineReader open(Path input, InputStream stdin) throws IOException {
    return lines(openBytes(input, stdin), input);
  }

  /**
   * The bytes of {@code input} (or {@code stdin}), buffered so a caller may look ahead with
   * mark/reset before reading lines with {@link #lines}.
   *
   * @throws BadInputException naming the file if it is missing, a directory or unreadable
   */
  static BufferedInputStream openBytes(Path input, InputStream stdin) throws IOException {
    if (input == null) {
      return new BufferedInputStream(new UnclosedInputStream(stdin), BUFFER_BYTES);
    }
    if (Files.isDirectory(input)) {
      throw new BadInputException(input, BadInputException.NO_LINE, "is a directory, expected a file");
    }
    try {
      return new BufferedInputStream(Files.newInputStream(input), BUFFER_BYTES);
    } catch (NoSuchFileException e) {
      throw new BadInputException(input, BadInputException.NO_LINE, "file not found", e);
    } catch (AccessDeniedException e) {
      throw new BadInputException(input, BadInputException.NO_LINE, "permission denied", e);
    }
  }

  /** Lines of a stream from {@link #openBytes}, named after {@code input} in error messages. */
  static Utf8LineReader lines(InputStream bytes, Path input) {
    return new Utf8LineReader(bytes, input == null ? Utf8LineReader.STDIN_NAME : input.toString());
  }

  /** Runs {@code body} against {@code output} (atomically) or against {@code stdout} when null. */
  static void write(Path output, Writer stdout, Body body) throws IOException {
    if (output == null) {
      body.write(stdout);
      stdout.flush();
    } else {
      AtomicFiles.writeText(output, body::write);
    }
  }

  /** Standard input must stay open for whoever runs the command next (tests, embedding callers). */
  private static final class UnclosedInputStream extends java.io.FilterInputStream {
    UnclosedInputStream(InputStream in) {
      super(in);
    }

    @Override
    public void close() {
      // the caller owns standard input
    }
  }
}
