package org.seq4j.corpus.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.seq4j.corpus.BadInputException;

class Utf8LineReaderTest {

  @TempDir Path dir;

  private static List<String> lines(byte[] bytes) throws IOException {
    List<String> lines = new ArrayList<>();
    try (Utf8LineReader reader = new Utf8LineReader(new ByteArrayInputStream(bytes), "mem")) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        lines.add(line);
        assertEquals(lines.size(), reader.lineNumber());
      }
    }
    return lines;
  }

  private static List<String> lines(String text) throws IOException {
    return lines(text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void splitsAtLineFeedsAndKeepsEmptyLines() throws IOException {
    assertEquals(List.of("a", "", "b c", "\t"), lines("a\n\nb c\n\t\n"));
  }

  @Test
  void returnsLastLineWithoutTerminator() throws IOException {
    assertEquals(List.of("a", "b"), lines("a\nb"));
  }

  @Test
  void emptyInputHasNoLines() throws IOException {
    assertEquals(List.of(), lines(""));
  }

  @Test
  void dropsCarriageReturnBeforeLineFeedOnly() throws IOException {
    assertEquals(List.of("a", "b\rc"), lines("a\r\nb\rc\r\n"));
  }

  @Test
  void skipsByteOrderMarkAtStartOnly() throws IOException {
    assertEquals(List.of("a", "\uFEFFb"), lines("\uFEFFa\n\uFEFFb\n"));
  }

  @Test
  void decodesMultiByteCharactersAcrossBufferBoundaries() throws IOException {
    String longLine = "é€😀".repeat(40_000);
    assertEquals(List.of(longLine, "ünï", longLine), lines(longLine + "\nünï\n" + longLine));
  }

  @ParameterizedTest
  @ValueSource(strings = {"FF", "C0 80", "E2 82", "ED A0 80", "F8 88 80 80 80", "80"})
  void reportsInvalidUtf8WithItsLine(String hex) {
    byte[] bad = hexBytes(hex);
    byte[] prefix = "ok\nfine\nx".getBytes(StandardCharsets.UTF_8);
    byte[] suffix = "y\nlater\n".getBytes(StandardCharsets.UTF_8);
    byte[] all = new byte[prefix.length + bad.length + suffix.length];
    System.arraycopy(prefix, 0, all, 0, prefix.length);
    System.arraycopy(bad, 0, all, prefix.length, bad.length);
    System.arraycopy(suffix, 0, all, prefix.length + bad.length, suffix.length);
    BadInputException e = assertThrows(BadInputException.class, () -> lines(all));
    assertEquals("mem", e.source());
    assertEquals(3, e.line());
    assertTrue(e.getMessage().startsWith("mem:3: invalid UTF-8 at byte 2"), e.getMessage());
  }

  @Test
  void reportsTruncatedSequenceAtEndOfFile() {
    BadInputException e = assertThrows(BadInputException.class, () -> lines(hexBytes("61 0A E2 82")));
    assertEquals(2, e.line());
  }

  @Test
  void continuesAfterAnInvalidLine() throws IOException {
    try (Utf8LineReader reader = new Utf8LineReader(new ByteArrayInputStream(hexBytes("FF 0A 61 0A")), "mem")) {
      assertThrows(BadInputException.class, reader::readLine);
      assertEquals("a", reader.readLine());
      assertEquals(2, reader.lineNumber());
    }
  }

  @Test
  void missingFileNamesTheFileWithoutLine() {
    Path missing = dir.resolve("nope.txt");
    BadInputException e = assertThrows(BadInputException.class, () -> Utf8LineReader.open(missing));
    assertEquals(missing.toString(), e.source());
    assertEquals(BadInputException.NO_LINE, e.line());
    assertEquals(missing + ": file not found", e.getMessage());
  }

  @Test
  void directoryIsRejected() {
    BadInputException e = assertThrows(BadInputException.class, () -> Utf8LineReader.open(dir));
    assertEquals(BadInputException.NO_LINE, e.line());
  }

  @Test
  void opensFilesAndNamesThemInErrors() throws IOException {
    Path file = dir.resolve("f.txt");
    Files.writeString(file, "one\ntwo\n");
    try (Utf8LineReader reader = Utf8LineReader.open(file)) {
      assertEquals("one", reader.readLine());
      assertEquals(file + ":1: boom", reader.error("boom").getMessage());
      assertEquals("two", reader.readLine());
      assertNull(reader.readLine());
      assertNull(reader.readLine());
    }
  }

  @Test
  void readerViewFeedsLinesWithLineFeeds() throws IOException {
    Utf8LineReader lines = new Utf8LineReader(new ByteArrayInputStream("a\r\nbé\nc".getBytes(StandardCharsets.UTF_8)), "mem");
    StringBuilder text = new StringBuilder();
    try (Reader reader = lines.asReader()) {
      char[] chunk = new char[2];
      for (int n = reader.read(chunk, 0, 2); n >= 0; n = reader.read(chunk, 0, 2)) {
        text.append(chunk, 0, n);
      }
    }
    assertEquals("a\nbé\nc\n", text.toString());
    assertEquals(3, lines.lineNumber());
  }

  private static byte[] hexBytes(String hex) {
    String[] parts = hex.split(" ");
    byte[] bytes = new byte[parts.length];
    for (int i = 0; i < parts.length; i++) {
      bytes[i] = (byte) Integer.parseInt(parts[i], 16);
    }
    return bytes;
  }
}
