package org.seq4j.eval.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seq4j.eval.EvalInputException;

class Utf8LineReaderTest {

  @TempDir Path dir;

  private Path write(String name, byte[] bytes) throws IOException {
    Path file = dir.resolve(name);
    Files.write(file, bytes);
    return file;
  }

  @Test
  void splitsOnNewlineOnlyAndKeepsCarriageReturns() throws IOException {
    Path file = write("a.txt", "one\r\ntwo\n\nfour\u00A0é😀".getBytes(StandardCharsets.UTF_8));
    assertEquals(List.of("one\r", "two", "", "four\u00A0é😀"), Utf8LineReader.readLines(file));
  }

  @Test
  void finalNewlineDoesNotAddALine() throws IOException {
    Path file = write("a.txt", "a\nb\n".getBytes(StandardCharsets.UTF_8));
    assertEquals(List.of("a", "b"), Utf8LineReader.readLines(file));
  }

  @Test
  void singleNewlineIsOneEmptyLine() throws IOException {
    Path file = write("a.txt", "\n".getBytes(StandardCharsets.UTF_8));
    assertEquals(List.of(""), Utf8LineReader.readLines(file));
  }

  @Test
  void keepsByteOrderMark() throws IOException {
    Path file = write("a.txt", "\uFEFFx\n".getBytes(StandardCharsets.UTF_8));
    assertEquals(List.of("\uFEFFx"), Utf8LineReader.readLines(file));
  }

  @Test
  void invalidUtf8NamesFileAndLine() throws IOException {
    byte[] bytes = {'o', 'k', '\n', 'f', 'i', 'n', 'e', '\n', 'b', 'a', (byte) 0xC3, '(', '\n'};
    Path file = write("bad.txt", bytes);
    EvalInputException e =
        assertThrows(EvalInputException.class, () -> Utf8LineReader.readLines(file));
    assertEquals(3, e.line());
    assertEquals(file.toString(), e.source());
    assertTrue(e.getMessage().startsWith(file + ":3: invalid UTF-8"), e.getMessage());
  }

  @Test
  void truncatedSequenceAtEndOfFileIsInvalid() throws IOException {
    Path file = write("bad.txt", new byte[] {'a', '\n', (byte) 0xE2, (byte) 0x82});
    EvalInputException e =
        assertThrows(EvalInputException.class, () -> Utf8LineReader.readLines(file));
    assertEquals(2, e.line());
  }

  @Test
  void encodedSurrogateAndOverlongFormsAreInvalid() throws IOException {
    Path surrogate = write("s.txt", new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80});
    assertEquals(
        1,
        assertThrows(EvalInputException.class, () -> Utf8LineReader.readLines(surrogate)).line());
    Path overlong = write("o.txt", new byte[] {'x', '\n', (byte) 0xC0, (byte) 0xAF});
    assertEquals(
        2, assertThrows(EvalInputException.class, () -> Utf8LineReader.readLines(overlong)).line());
  }

  @Test
  void missingFileNamesFile() {
    Path file = dir.resolve("nope.txt");
    EvalInputException e =
        assertThrows(EvalInputException.class, () -> Utf8LineReader.readLines(file));
    assertEquals(file + ": file not found", e.getMessage());
  }

  @Test
  void emptyFileNamesFile() throws IOException {
    Path file = write("empty.txt", new byte[0]);
    EvalInputException e =
        assertThrows(EvalInputException.class, () -> Utf8LineReader.readLines(file));
    assertEquals(0, e.line());
    assertTrue(e.getMessage().startsWith(file + ": file is empty"), e.getMessage());
  }

  @Test
  void directoryIsRejected() {
    EvalInputException e =
        assertThrows(EvalInputException.class, () -> Utf8LineReader.readLines(dir));
    assertTrue(e.getMessage().contains("directory"), e.getMessage());
  }

  @Test
  void readsStreamsWithTheGivenName() {
    byte[] bytes = "x\ny".getBytes(StandardCharsets.UTF_8);
    assertEquals(
        List.of("x", "y"), Utf8LineReader.readLines("<stdin>", new ByteArrayInputStream(bytes)));
    EvalInputException e =
        assertThrows(
            EvalInputException.class,
            () -> Utf8LineReader.readLines("<stdin>", new ByteArrayInputStream(new byte[0])));
    assertTrue(e.getMessage().startsWith("<stdin>: "), e.getMessage());
  }
}
