package org.seq4j.eval.tagging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seq4j.eval.EvalInputException;

class TagFileReaderTest {

  @TempDir Path dir;

  private Path write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void conllUsesTheLastColumnAndWhitespaceOnlyLinesAsBoundaries() throws IOException {
    Path file = write("a.conll", "EU\tNNP\tB-ORG\r\nrejects VBZ O\n\t\n\n-DOCSTART- -X- O\n-X- x O\nPeter NNP B-PER\n");
    TagFile read = TagFileReader.read(file, TagFileFormat.CONLL, OptionalInt.empty());
    assertEquals(3, read.sentences().size());
    assertEquals(List.of("EU", "rejects"), read.sentences().get(0).tokens());
    assertEquals(List.of("B-ORG", "O"), read.sentences().get(0).tags());
    assertEquals(List.of("-DOCSTART-"), read.sentences().get(1).tokens());
    assertEquals(List.of(7L), read.sentences().get(2).lines());
    assertEquals(3, read.sentences().get(2).number());
    TagFile pos = TagFileReader.read(file, TagFileFormat.CONLL, OptionalInt.of(2));
    assertEquals(List.of("NNP", "VBZ"), pos.sentences().get(0).tags());
  }

  @Test
  void conlluSkipsCommentsRangesAndEmptyNodes() throws IOException {
    Path file = write("a.conllu", "# sent_id = 1\n# text = Don't go\n1-2\tDon't\t_\t_\t_\n"
        + "1\tDo\tdo\tAUX\tVBP\n2\tn't\tnot\tPART\tRB\n2.1\tx\tx\tX\tX\n3\tgo\tgo\tVERB\tVB\n\n"
        + "1\t#\t#\tSYM\tNFP\n");
    TagFile upos = TagFileReader.read(file, TagFileFormat.CONLLU, OptionalInt.empty());
    assertEquals(2, upos.sentences().size());
    assertEquals(List.of("Do", "n't", "go"), upos.sentences().get(0).tokens());
    assertEquals(List.of("AUX", "PART", "VERB"), upos.sentences().get(0).tags());
    assertEquals(List.of("#"), upos.sentences().get(1).tokens());
    TagFile xpos = TagFileReader.read(file, TagFileFormat.CONLLU, OptionalInt.of(5));
    assertEquals(List.of("VBP", "RB", "VB"), xpos.sentences().get(0).tags());
  }

  @Test
  void missingFileIsAnError() {
    EvalInputException e = assertThrows(EvalInputException.class,
        () -> TagFileReader.read(dir.resolve("nope.conll"), TagFileFormat.CONLL, OptionalInt.empty()));
    assertTrue(e.getMessage().contains("nope.conll"), e.getMessage());
  }

  @Test
  void emptyFileIsAnError() throws IOException {
    Path file = write("empty.conll", "");
    EvalInputException e = assertThrows(EvalInputException.class,
        () -> TagFileReader.read(file, TagFileFormat.CONLL, OptionalInt.empty()));
    assertTrue(e.getMessage().contains("empty"), e.getMessage());
  }

  @Test
  void fileWithoutTokensIsAnError() throws IOException {
    Path file = write("blank.conllu", "# only a comment\n\n\n");
    EvalInputException e = assertThrows(EvalInputException.class,
        () -> TagFileReader.read(file, TagFileFormat.CONLLU, OptionalInt.empty()));
    assertTrue(e.getMessage().startsWith(file + ": no tokens found"), e.getMessage());
  }

  @Test
  void tooFewColumnsNamesTheLine() throws IOException {
    Path file = write("short.conllu", "1\tDo\tdo\tAUX\n2\tgo\n");
    EvalInputException e = assertThrows(EvalInputException.class,
        () -> TagFileReader.read(file, TagFileFormat.CONLLU, OptionalInt.empty()));
    assertEquals(file + ":2: expected at least 4 tab-separated CoNLL-U columns, found 2", e.getMessage());
    Path conll = write("short.conll", "a B-X\nb\n");
    e = assertThrows(EvalInputException.class,
        () -> TagFileReader.read(conll, TagFileFormat.CONLL, OptionalInt.of(2)));
    assertEquals(conll + ":2: expected at least 2 columns (token ... tag), found 1", e.getMessage());
  }

  @Test
  void invalidUtf8NamesTheLine() throws IOException {
    Path file = dir.resolve("latin1.conll");
    Files.write(file, new byte[] {'a', ' ', 'O', '\n', (byte) 0xE9, ' ', 'O', '\n'});
    EvalInputException e = assertThrows(EvalInputException.class,
        () -> TagFileReader.read(file, TagFileFormat.CONLL, OptionalInt.empty()));
    assertEquals(2, e.line());
  }
}
