package org.seq4j.corpus.vocab;

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

class VocabularyFileTest {

  @TempDir Path dir;

  @Test
  void saveThenLoadGivesTheSameVocabulary() throws IOException {
    Vocabulary vocabulary =
        new VocabularyBuilder()
            .addAll(List.of("Grüße", "a\tb", "x", "x", "😀"))
            .build(1, VocabularyBuilder.UNLIMITED, VocabularyBuilder.ALL_SPECIALS);
    Path file = dir.resolve("sub/vocab.txt");
    vocabulary.save(file);
    Vocabulary loaded = Vocabulary.load(file);
    assertEquals(vocabulary.tokens(), loaded.tokens());
    assertEquals(vocabulary.specials(), loaded.specials());
    for (int id = 0; id < vocabulary.size(); id++) {
      assertEquals(vocabulary.count(id), loaded.count(id));
    }
    assertEquals("<pad>\t0", Files.readAllLines(file, StandardCharsets.UTF_8).get(0));
    assertEquals("x\t2", Files.readAllLines(file, StandardCharsets.UTF_8).get(4));
  }

  @Test
  void padOnlyVocabularyRoundTripsWithItsSpecials() throws IOException {
    Vocabulary tags =
        new VocabularyBuilder().addAll(List.of("O", "B-PER")).build(1, VocabularyBuilder.UNLIMITED, VocabularyBuilder.PAD_ONLY);
    Path file = dir.resolve("tags.txt");
    tags.save(file);
    assertEquals(VocabularyBuilder.PAD_ONLY, Vocabulary.load(file).specials());
  }

  private BadInputException loadFails(String content) throws IOException {
    Path file = dir.resolve("bad.txt");
    Files.writeString(file, content, StandardCharsets.UTF_8);
    return assertThrows(BadInputException.class, () -> Vocabulary.load(file));
  }

  @Test
  void lineWithoutTabIsReportedWithItsNumber() throws IOException {
    BadInputException e = loadFails("<pad>\t0\nthe 5\n");
    assertEquals(2, e.line());
    assertTrue(e.problem().startsWith("expected TOKEN<TAB>COUNT"), e.problem());
  }

  @Test
  void badCountsAreReported() throws IOException {
    assertEquals(1, loadFails("the\tmany\n").line());
    assertEquals(2, loadFails("the\t3\ncat\t-1\n").line());
    assertEquals(1, loadFails("the\t\n").line());
  }

  @Test
  void duplicateTokenIsReported() throws IOException {
    BadInputException e = loadFails("the\t3\ncat\t2\nthe\t1\n");
    assertEquals(3, e.line());
    assertTrue(e.problem().contains("duplicate"), e.problem());
  }

  @Test
  void specialTokenOutOfPlaceIsReported() throws IOException {
    assertEquals(2, loadFails("the\t3\n<unk>\t0\n").line());
    assertEquals(2, loadFails("<unk>\t0\n<pad>\t0\n").line());
  }

  @Test
  void emptyLineIsReported() throws IOException {
    assertEquals(2, loadFails("<pad>\t0\n\nthe\t1\n").line());
  }

  @Test
  void missingFileIsReported() {
    Path file = dir.resolve("absent.txt");
    BadInputException e = assertThrows(BadInputException.class, () -> Vocabulary.load(file));
    assertEquals(file + ": file not found", e.getMessage());
  }
}
