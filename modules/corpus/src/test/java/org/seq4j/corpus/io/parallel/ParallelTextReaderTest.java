package org.seq4j.corpus.io.parallel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seq4j.corpus.BadInputException;
import org.seq4j.corpus.SentencePair;

class ParallelTextReaderTest {

  @TempDir Path dir;

  private Path write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void pairsLinesInOrderKeepingEmptyLines() throws IOException {
    Path en = write("train.en", "A dog runs.\n\nTwo cats.\n");
    Path de = write("train.de", "Ein Hund rennt.\nLeer?\nZwei Katzen.\n");
    assertEquals(
        List.of(new SentencePair("A dog runs.", "Ein Hund rennt."), new SentencePair("", "Leer?"),
            new SentencePair("Two cats.", "Zwei Katzen.")),
        ParallelTextReader.readAll(en, de));
  }

  @Test
  void shorterTargetNamesBothFilesAndTheLine() throws IOException {
    Path en = write("a.en", "one\ntwo\nthree\n");
    Path de = write("a.de", "eins\nzwei\n");
    BadInputException e = assertThrows(BadInputException.class, () -> ParallelTextReader.readAll(en, de));
    assertEquals(en + ":3: line has no counterpart: " + de
        + " ends after 2 lines; expected both files to have the same number of lines", e.getMessage());
  }

  @Test
  void shorterSourceNamesBothFilesAndTheLine() throws IOException {
    Path en = write("b.en", "");
    Path de = write("b.de", "eins\n");
    BadInputException e = assertThrows(BadInputException.class, () -> ParallelTextReader.readAll(en, de));
    assertEquals(de.toString(), e.source());
    assertEquals(1, e.line());
    assertEquals(de + ":1: line has no counterpart: " + en
        + " ends after 0 lines; expected both files to have the same number of lines", e.getMessage());
  }

  @Test
  void missingFileIsNamed() throws IOException {
    Path en = write("c.en", "x\n");
    Path missing = dir.resolve("c.de");
    assertEquals(missing + ": file not found",
        assertThrows(BadInputException.class, () -> ParallelTextReader.open(en, missing)).getMessage());
  }

  @Test
  void invalidUtf8IsReportedWithFileAndLine() throws IOException {
    Path en = write("d.en", "x\ny\n");
    Path de = dir.resolve("d.de");
    Files.write(de, new byte[] {'x', '\n', (byte) 0xFF, '\n'});
    BadInputException e = assertThrows(BadInputException.class, () -> ParallelTextReader.readAll(en, de));
    assertEquals(de.toString(), e.source());
    assertEquals(2, e.line());
  }

  @Test
  void writerRoundTrips() throws IOException {
    List<SentencePair> pairs = List.of(new SentencePair("Hällo \"you\"", "Salut\ttoi"), new SentencePair("", "x"));
    Path en = dir.resolve("out/o.en");
    Path fr = dir.resolve("out/o.fr");
    ParallelTextWriter.write(en, fr, pairs);
    assertEquals("Hällo \"you\"\n\n", Files.readString(en));
    assertEquals(pairs, ParallelTextReader.readAll(en, fr));
  }

  @Test
  void writerRejectsLineBreaksAndWritesNothing() {
    Path en = dir.resolve("n.en");
    Path fr = dir.resolve("n.fr");
    List<SentencePair> pairs = List.of(new SentencePair("ok", "ok"), new SentencePair("two\nlines", "x"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ParallelTextWriter.write(en, fr, pairs));
    assertEquals("pair 2 contains a line break; expected one sentence per line", e.getMessage());
    assertFalse(Files.exists(en));
    assertFalse(Files.exists(fr));
  }
}
