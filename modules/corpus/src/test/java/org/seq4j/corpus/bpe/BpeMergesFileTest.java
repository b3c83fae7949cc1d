package org.seq4j.corpus.bpe;

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

class BpeMergesFileTest {

  @TempDir Path dir;

  @Test
  void saveThenLoadRoundTripsInSubwordNmtFormat() throws IOException {
    BpeMerges merges = new BpeMerges(List.of(new BpeMerge("é", "s"), new BpeMerge("és", "t</w>")));
    Path file = dir.resolve("codes.bpe");
    merges.save(file);
    assertEquals(List.of("#version: 0.2", "é s", "és t</w>"), Files.readAllLines(file, StandardCharsets.UTF_8));
    assertEquals(merges, BpeMerges.load(file));
  }

  @Test
  void headerIsOptional() throws IOException {
    Path file = dir.resolve("codes.bpe");
    Files.writeString(file, "a b\n", StandardCharsets.UTF_8);
    assertEquals(List.of(new BpeMerge("a", "b")), BpeMerges.load(file).merges());
  }

  private BadInputException loadFails(String content) throws IOException {
    Path file = dir.resolve("bad.bpe");
    Files.writeString(file, content, StandardCharsets.UTF_8);
    return assertThrows(BadInputException.class, () -> BpeMerges.load(file));
  }

  @Test
  void malformedLinesAreReportedWithTheirNumber() throws IOException {
    BadInputException e = loadFails("#version: 0.2\na b\nabc\n");
    assertEquals(3, e.line());
    assertTrue(e.problem().startsWith("expected two symbols separated by one space"), e.problem());
    assertEquals(2, loadFails("a b\na b c\n").line());
    assertEquals(1, loadFails(" b\n").line());
    assertEquals(1, loadFails("a \n").line());
    assertEquals(1, loadFails("a\tb\n").line());
    assertEquals(2, loadFails("a b\n\n").line());
  }

  @Test
  void duplicateMergeIsReported() throws IOException {
    BadInputException e = loadFails("a b\nc d\na b\n");
    assertEquals(3, e.line());
    assertTrue(e.problem().startsWith("duplicate merge"), e.problem());
  }

  @Test
  void missingFileIsReported() {
    Path file = dir.resolve("absent.bpe");
    assertEquals(
        file + ": file not found",
        assertThrows(BadInputException.class, () -> BpeMerges.load(file)).getMessage());
  }
}
