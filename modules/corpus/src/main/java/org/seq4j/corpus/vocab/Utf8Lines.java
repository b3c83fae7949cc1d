package org.seq4j.corpus.vocab;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.seq4j.corpus.BadInputException;

/**
 * Reads the small UTF-8 text files this module's components save (vocabularies, BPE merges, stop
 * word lists) as lines, turning user-fixable problems into {@link BadInputException}: a missing
 * file, and bytes that are not valid UTF-8, reported with the line they are on. A leading byte
 * order mark is dropped; lines may end in LF or CRLF. Other I/O failures stay {@link
 * UncheckedIOException}: they are not the user's input being wrong.
 *
 * <p>The file is read whole and each line decoded separately, because a buffered reader decodes
 * ahead of the line it returns and so cannot say which line held the bad bytes. These files are at
 * most a few megabytes.
 */
public final class Utf8Lines {

  private static final char BYTE_ORDER_MARK = '\uFEFF';
  private static final byte LINE_FEED = '\n';
  private static final char CARRIAGE_RETURN = '\r';

  private Utf8Lines() {}

  /**
   * All lines of the file, without line terminators.
   *
   * @throws BadInputException if the file does not exist or is not valid UTF-8
   */
  public static List<String> read(Path file) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new BadInputException(file, BadInputException.NO_LINE, "file not found", e);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read " + file, e);
    }
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    List<String> lines = new ArrayList<>();
    int start = 0;
    while (start < bytes.length) {
      int end = start;
      while (end < bytes.length && bytes[end] != LINE_FEED) {
        end++;
      }
      String line;
      try {
        line = decoder.decode(ByteBuffer.wrap(bytes, start, end - start)).toString();
      } catch (CharacterCodingException e) {
        throw new BadInputException(file, lines.size() + 1L, "invalid UTF-8", e);
      }
      if (!line.isEmpty() && line.charAt(line.length() - 1) == CARRIAGE_RETURN) {
        line = line.substring(0, line.length() - 1);
      }
      if (lines.isEmpty() && !line.isEmpty() && line.charAt(0) == BYTE_ORDER_MARK) {
        line = line.substring(1);
      }
      lines.add(line);
      start = end + 1;
    }
    return lines;
  }
}
