package org.seq4j.corpus.io.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seq4j.corpus.BadInputException;
import org.seq4j.corpus.io.CorpusReader;
import org.seq4j.corpus.io.text.RawTextReader.BlankLines;

class RawTextReaderTest {

  @TempDir Path dir;

  private Path write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void keepsOrSkipsBlankLines() throws IOException {
    Path file = write("text.txt", "One line.\n\n  \nTwo  spaces kept. \n");
    try (RawTextReader reader = RawTextReader.open(file, BlankLines.KEEP)) {
      assertEquals(List.of("One line.", "", "  ", "Two  spaces kept. "), reader.readAll());
    }
    try (RawTextReader reader = RawTextReader.open(file, BlankLines.SKIP)) {
      assertEquals("One line.", reader.read());
      assertEquals("Two  spaces kept. ", reader.read());
      assertEquals(4, reader.lineNumber());
      assertNull(reader.read());
    }
  }

  @Test
  void streamsAndMapsLazily() throws IOException {
    Path file = write("words.txt", "a b\nc\nd e f\n");
    try (Stream<String> lines = RawTextReader.open(file, BlankLines.SKIP).stream()) {
      assertEquals(List.of(2, 1, 3), lines.map(l -> l.split(" ").length).toList());
    }
    try (CorpusReader<Integer> lengths = RawTextReader.open(file, BlankLines.SKIP).map(String::length)) {
      assertEquals(List.of(3, 1, 5), lengths.readAll());
    }
  }

  @Test
  void invalidUtf8AndMissingFileAreReported() throws IOException {
    Path file = dir.resolve("bad.txt");
    Files.write(file, new byte[] {'o', 'k', '\n', '\n', (byte) 0xC0, (byte) 0xAF, '\n'});
    try (RawTextReader reader = RawTextReader.open(file, BlankLines.SKIP)) {
      assertEquals("ok", reader.read());
      BadInputException e = assertThrows(BadInputException.class, reader::read);
      assertEquals(file + ":3: invalid UTF-8 at byte 1 of the line; expected UTF-8 text", e.getMessage());
    }
    Path missing = dir.resolve("none.txt");
    assertEquals(missing + ": file not found",
        assertThrows(BadInputException.class, () -> RawTextReader.open(missing, BlankLines.KEEP)).getMessage());
  }

  @Test
  void writerRoundTripsAndRejectsLineBreaks() throws IOException {
    Path file = dir.resolve("out.txt");
    List<String> sentences = List.of("Ünïcode ok.", "", "last");
    RawTextWriter.write(file, sentences);
    try (RawTextReader reader = RawTextReader.open(file, BlankLines.KEEP)) {
      assertEquals(sentences, reader.readAll());
    }
    Path bad = dir.resolve("bad-out.txt");
    assertThrows(IllegalArgumentException.class, () -> RawTextWriter.write(bad, List.of("a\r\nb")));
    assertFalse(Files.exists(bad));
  }
}
