package org.seq4j.eval.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.seq4j.eval.EvalInputException;

/**
 * Reads a text file as strict UTF-8 and splits it into lines, reporting problems as {@link
 * EvalInputException}s that name the file and the 1-based line.
 *
 * <p>Design: the whole file is read into memory and decoded in one pass by a JDK {@link
 * CharsetDecoder} set to {@link CodingErrorAction#REPORT} (malformed bytes, overlong forms and
 * encoded surrogates are all rejected, as Python's strict {@code utf-8} codec rejects them). On an
 * error the decoder stops at the offending byte, so the line number is found by counting the
 * {@code '\n'} bytes before it; the happy path never counts lines twice. Evaluation files (system
 * outputs, references, tagged test sets) comfortably fit in memory, and one bulk decode is several
 * times faster than a {@code BufferedReader}.
 *
 * <p>Line splitting follows Python's {@code open(..., newline="\n")}, which sacreBLEU uses: only
 * {@code '\n'} ends a line; a {@code '\r'} stays in the line (callers that strip whitespace remove
 * it); a final {@code '\n'} does not start an extra empty line; a byte-order mark is kept as
 * U+FEFF. A missing, unreadable or empty (0-byte) file is an error naming the file.
 */
public final class Utf8LineReader {

  private static final byte NEWLINE = '\n';

  private Utf8LineReader() {}

  /**
   * Reads all lines of {@code file}.
   *
   * @return an unmodifiable list of lines without their {@code '\n'}
   * @throws EvalInputException if the file is missing, unreadable, empty or not valid UTF-8
   */
  public static List<String> readLines(Path file) {
    String source = file.toString();
    if (Files.isDirectory(file)) {
      throw new EvalInputException(source, 0, "is a directory, expected a text file");
    }
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new EvalInputException(source, 0, "file not found");
    } catch (AccessDeniedException e) {
      throw new EvalInputException(source, 0, "permission denied");
    } catch (IOException e) {
      throw new EvalInputException(source, 0, "cannot read file: " + e.getMessage());
    }
    return decodeLines(source, bytes);
  }

  /**
   * Reads all lines of a stream (for example standard input), naming it {@code source} in errors.
   * The stream is read to its end but not closed.
   */
  public static List<String> readLines(String source, InputStream in) {
    try {
      return decodeLines(source, in.readAllBytes());
    } catch (IOException e) {
      throw new EvalInputException(source, 0, "cannot read: " + e.getMessage());
    }
  }

  /**
   * Decodes {@code bytes} as strict UTF-8 and splits them into lines.
   *
   * @param source name used in error messages
   * @throws EvalInputException if {@code bytes} is empty or not valid UTF-8
   */
  public static List<String> decodeLines(String source, byte[] bytes) {
    if (bytes.length == 0) {
      throw new EvalInputException(source, 0, "file is empty, expected at least one line");
    }
    String text = decodeStrict(source, bytes);
    return Collections.unmodifiableList(splitLines(text));
  }

  private static String decodeStrict(String source, byte[] bytes) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    // UTF-8 never needs more UTF-16 units than bytes.
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      int offset = in.position();
      throw new EvalInputException(
          source,
          lineOf(bytes, offset),
          String.format(
              "invalid UTF-8 (byte 0x%02X at byte offset %d), expected UTF-8 text",
              bytes[offset] & 0xFF, offset));
    }
    out.flip();
    return out.toString();
  }

  /** The 1-based line number holding the byte at {@code offset}. */
  private static long lineOf(byte[] bytes, int offset) {
    long line = 1;
    for (int i = 0; i < offset; i++) {
      if (bytes[i] == NEWLINE) {
        line++;
      }
    }
    return line;
  }

  private static List<String> splitLines(String text) {
    List<String> lines = new ArrayList<>();
    int start = 0;
    int length = text.length();
    while (start < length) {
      int end = text.indexOf(NEWLINE, start);
      if (end < 0) {
        lines.add(text.substring(start));
        break;
      }
      lines.add(text.substring(start, end));
      start = end + 1;
    }
    return lines;
  }
}
