package org.seq4j.corpus.io;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;
import org.seq4j.corpus.BadInputException;

/**
 * Reads strict UTF-8 text line by line and knows the number of the line it returned last. Every
 * corpus reader in seq4j reads through this class, so they all report invalid input the same way.
 *
 * <p>Design: the reader splits the raw bytes at LF before decoding (LF never occurs inside a
 * multi-byte UTF-8 sequence) and decodes each line on its own with a {@link CharsetDecoder} set to
 * {@link CodingErrorAction#REPORT}. A {@code BufferedReader} over a strict decoder would fail
 * somewhere in an 8 KiB block and lose the line number; here invalid bytes are reported as {@code
 * file:line: invalid UTF-8 ...}. Pure-ASCII lines skip the decoder, which keeps reading a 14 MB
 * treebank well under a second.
 *
 * <p>Line conventions: lines end at LF; a CR just before the LF is dropped (CRLF files read like LF
 * files, and seq4j's writers write LF). A last line without LF is still returned. A UTF-8 byte order
 * mark at the start of the input is skipped. After an invalid line the reader moves on to the next
 * line, so a caller may log and continue. Not thread-safe.
 */
public final class Utf8LineReader implements Closeable {

  /** Name used for standard input in messages. */
  public static final String STDIN_NAME = "<stdin>";

  private static final int INITIAL_BUFFER_BYTES = 1 << 16;
  private static final byte LF = '\n';
  private static final byte CR = '\r';
  private static final int NON_ASCII_BIT = 0x80;
  private static final byte[] BYTE_ORDER_MARK = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private final InputStream in;
  private final String source;
  private final CharsetDecoder decoder =
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);
  private byte[] buffer = new byte[INITIAL_BUFFER_BYTES];
  private CharBuffer chars = CharBuffer.allocate(INITIAL_BUFFER_BYTES);
  private int position;
  private int limit;
  private boolean endOfInput;
  private long lineNumber;

  /**
   * Reads from a stream; {@code source} names it in error messages (a file name or {@link
   * #STDIN_NAME}). The reader owns the stream and closes it.
   */
  public Utf8LineReader(InputStream in, String source) {
    this.in = Objects.requireNonNull(in, "in");
    this.source = Objects.requireNonNull(source, "source");
  }

  /**
   * Opens a file.
   *
   * @throws BadInputException if the file does not exist, is a directory or cannot be read (the
   *     message names the file, with no line number)
   */
  /**
   * All lines of a small file (vocabularies, BPE merges, stop-word lists), without terminators;
   * the same strict decoding and errors as {@link #readLine()}.
   *
   * @throws BadInputException if the file does not exist or is not valid UTF-8
   */
  public static java.util.List<String> readAllLines(Path file) {
    try (Utf8LineReader r = open(file)) {
      java.util.List<String> lines = new java.util.ArrayList<>();
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        lines.add(line);
      }
      return lines;
    } catch (IOException e) {
      throw new java.io.UncheckedIOException("Could not read " + file, e);
    }
  }

  public static Utf8LineReader open(Path file) throws IOException {
    if (Files.isDirectory(file)) {
      throw new BadInputException(file, BadInputException.NO_LINE, "is a directory, expected a file");
    }
    try {
      return new Utf8LineReader(Files.newInputStream(file), file.toString());
    } catch (NoSuchFileException e) {
      throw new BadInputException(file, BadInputException.NO_LINE, "file not found", e);
    } catch (AccessDeniedException e) {
      throw new BadInputException(file, BadInputException.NO_LINE, "permission denied", e);
    }
  }

  /** The name used in error messages. */
  public String source() {
    return source;
  }

  /** 1-based number of the line returned last; 0 before the first line. */
  public long lineNumber() {
    return lineNumber;
  }

  /**
   * Returns the next line without its terminator, or {@code null} at the end of the input.
   *
   * @throws BadInputException if the line is not valid UTF-8
   */
  public String readLine() throws IOException {
    int scanFrom = position;
    int highBits = 0;
    while (true) {
      for (int i = scanFrom; i < limit; i++) {
        byte b = buffer[i];
        if (b == LF) {
          int start = position;
          position = i + 1;
          return decodeLine(start, i, highBits == 0);
        }
        highBits |= b & NON_ASCII_BIT;
      }
      if (endOfInput) {
        if (position < limit) {
          int start = position;
          position = limit;
          return decodeLine(start, limit, highBits == 0);
        }
        return null;
      }
      scanFrom = fill();
    }
  }

  /** Creates an exception for the line returned last, naming this reader's source. */
  public BadInputException error(String problem) {
    return new BadInputException(source, lineNumber, problem);
  }

  /**
   * A character view of the remaining lines, each followed by LF, for parsers that want a {@link
   * Reader} (Commons CSV). Decoding errors still surface as {@link BadInputException} with the
   * line, and {@link #lineNumber()} stays accurate. Closing the view closes this reader.
   */
  public Reader asReader() {
    return new LineFedReader(this);
  }

  @Override
  public void close() throws IOException {
    in.close();
  }

  /** Moves unread bytes to the front, grows the buffer if full, reads more; returns scan start. */
  private int fill() throws IOException {
    int unread = limit - position;
    if (position > 0) {
      System.arraycopy(buffer, position, buffer, 0, unread);
      position = 0;
      limit = unread;
    }
    if (limit == buffer.length) {
      byte[] bigger = new byte[buffer.length * 2];
      System.arraycopy(buffer, 0, bigger, 0, limit);
      buffer = bigger;
    }
    int read = in.read(buffer, limit, buffer.length - limit);
    if (read < 0) {
      endOfInput = true;
    } else {
      limit += read;
    }
    return unread;
  }

  /** Decodes bytes {@code [start, end)} as the next line; {@code ascii} if no byte is >= 0x80. */
  private String decodeLine(int start, int end, boolean ascii) {
    lineNumber++;
    if (lineNumber == 1 && startsWithByteOrderMark(start, end)) {
      start += BYTE_ORDER_MARK.length;
    }
    if (end > start && buffer[end - 1] == CR) {
      end--;
    }
    if (ascii) {
      return new String(buffer, start, end - start, StandardCharsets.ISO_8859_1);
    }
    return decodeStrictly(start, end);
  }

  private String decodeStrictly(int start, int end) {
    int length = end - start;
    if (chars.capacity() < length) {
      chars = CharBuffer.allocate(length);
    }
    chars.clear();
    decoder.reset();
    ByteBuffer bytes = ByteBuffer.wrap(buffer, start, length);
    try {
      throwIfError(decoder.decode(bytes, chars, true));
      throwIfError(decoder.flush(chars));
    } catch (CharacterCodingException e) {
      throw new BadInputException(
          source,
          lineNumber,
          "invalid UTF-8 at byte " + (bytes.position() - start + 1) + " of the line; expected UTF-8 text",
          e);
    }
    chars.flip();
    return chars.toString();
  }

  private static void throwIfError(java.nio.charset.CoderResult result)
      throws CharacterCodingException {
    if (result.isError()) {
      result.throwException();
    }
  }

  private boolean startsWithByteOrderMark(int start, int end) {
    if (end - start < BYTE_ORDER_MARK.length) {
      return false;
    }
    for (int i = 0; i < BYTE_ORDER_MARK.length; i++) {
      if (buffer[start + i] != BYTE_ORDER_MARK[i]) {
        return false;
      }
    }
    return true;
  }
}
