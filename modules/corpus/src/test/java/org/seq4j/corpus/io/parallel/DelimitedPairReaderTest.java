package org.seq4j.corpus.io.parallel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seq4j.corpus.BadInputException;
import org.seq4j.corpus.SentencePair;

class DelimitedPairReaderTest {

  @TempDir Path dir;

  private Path write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void tsvHasNoQuotingAndIgnoresExtraColumns() throws IOException {
    Path file = write("eng-fra.txt",
        "Go.\tVa !\n\"Hi,\" he said.\t« Salut », dit-il.\tCC-BY 2.0 (France) Attribution: tatoeba.org #1\n"
            + "He said \"no\tIl a dit \"non\n");
    assertEquals(
        List.of(new SentencePair("Go.", "Va !"), new SentencePair("\"Hi,\" he said.", "« Salut », dit-il."),
            new SentencePair("He said \"no", "Il a dit \"non")),
        DelimitedPairReader.readAll(file, DelimitedFormat.TSV));
  }

  @Test
  void csvFollowsRfc4180Quoting() throws IOException {
    Path file = write("pairs.csv", "a,\"b, c\"\n\"say \"\"hi\"\"\",\"two\nlines\"\r\n\nx,y\n");
    assertEquals(
        List.of(new SentencePair("a", "b, c"), new SentencePair("say \"hi\"", "two\nlines"), new SentencePair("x", "y")),
        DelimitedPairReader.readAll(file, DelimitedFormat.CSV));
  }

  @Test
  void chosenColumnsAndHeader() throws IOException {
    Path file = write("cols.tsv", "id\tfr\ten\n1\tchat\tcat\n2\tchien\tdog\n");
    try (DelimitedPairReader reader = DelimitedPairReader.open(file, DelimitedFormat.TSV, 2, 1, true)) {
      assertEquals(List.of(new SentencePair("cat", "chat"), new SentencePair("dog", "chien")), reader.readAll());
    }
    assertThrows(IllegalArgumentException.class, () -> DelimitedPairReader.open(file, DelimitedFormat.TSV, 1, 1, false));
  }

  @Test
  void missingColumnNamesFileAndLine() throws IOException {
    Path file = write("short.tsv", "Go.\tVa !\n\nno tab here\n");
    BadInputException e = assertThrows(BadInputException.class, () -> DelimitedPairReader.readAll(file, DelimitedFormat.TSV));
    assertEquals(file + ":3: expected at least 2 tsv columns, found 1", e.getMessage());
  }

  @Test
  void missingColumnInCsvAfterMultiLineRecord() throws IOException {
    Path file = write("short.csv", "\"a\nb\",c\nlonely\n");
    BadInputException e = assertThrows(BadInputException.class, () -> DelimitedPairReader.readAll(file, DelimitedFormat.CSV));
    assertEquals(3, e.line());
  }

  @Test
  void malformedCsvQuotingNamesFileAndLine() throws IOException {
    Path file = write("bad.csv", "a,b\nc,\"d\"e\n");
    BadInputException e = assertThrows(BadInputException.class, () -> DelimitedPairReader.readAll(file, DelimitedFormat.CSV));
    assertEquals(file.toString(), e.source());
    assertEquals(2, e.line());
    assertTrue(e.problem().startsWith("malformed csv"), e.getMessage());
    Path open = write("open.csv", "a,\"never closed\n");
    assertEquals(open.toString(),
        assertThrows(BadInputException.class, () -> DelimitedPairReader.readAll(open, DelimitedFormat.CSV)).source());
  }

  @Test
  void invalidUtf8AndMissingFile() throws IOException {
    Path file = dir.resolve("bad.tsv");
    Files.write(file, new byte[] {'a', '\t', 'b', '\n', 'c', '\t', (byte) 0xE9, '\n'});
    BadInputException e = assertThrows(BadInputException.class, () -> DelimitedPairReader.readAll(file, DelimitedFormat.TSV));
    assertEquals(2, e.line());
    Path missing = dir.resolve("missing.tsv");
    assertEquals(missing + ": file not found",
        assertThrows(BadInputException.class, () -> DelimitedPairReader.open(missing, DelimitedFormat.TSV)).getMessage());
  }

  @Test
  void formatParsesShortNames() {
    assertEquals(DelimitedFormat.TSV, DelimitedFormat.parse("tsv"));
    assertEquals(DelimitedFormat.CSV, DelimitedFormat.parse("CSV"));
    assertEquals("Invalid value 'xls' for delimited format: expected tsv|csv",
        assertThrows(IllegalArgumentException.class, () -> DelimitedFormat.parse("xls")).getMessage());
  }
}
