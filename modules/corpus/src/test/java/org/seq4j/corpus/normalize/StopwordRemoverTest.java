package org.seq4j.corpus.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seq4j.corpus.BadInputException;

class StopwordRemoverTest {

  @TempDir Path dir;

  @Test
  void readsOneWordPerLineSkippingCommentsAndBlanks() throws IOException {
    Path file = dir.resolve("stop.txt");
    Files.writeString(file, "\uFEFF# German\nDer\n\n  die \ndas\n", StandardCharsets.UTF_8);
    StopwordRemover remover = StopwordRemover.fromFile(file);
    assertEquals(Set.of("der", "die", "das"), remover.words());
    assertEquals(List.of("Hund", "Katze"), remover.normalize(List.of("Der", "Hund", "die", "Katze")));
  }

  @Test
  void factoryReadsAFileAfterTheColon() throws IOException {
    Path file = dir.resolve("stop.txt");
    Files.writeString(file, "le\nla\n", StandardCharsets.UTF_8);
    assertEquals(
        List.of("chat"), Normalizers.byName("stopwords:" + file).normalize(List.of("le", "chat")));
  }

  @Test
  void twoWordsOnALineIsAnErrorNamingTheLine() throws IOException {
    Path file = dir.resolve("stop.txt");
    Files.writeString(file, "a\nof the\n", StandardCharsets.UTF_8);
    BadInputException e = assertThrows(BadInputException.class, () -> StopwordRemover.fromFile(file));
    assertEquals(2, e.line());
    assertTrue(e.getMessage().startsWith(file + ":2: expected one stop word per line"), e.getMessage());
  }

  @Test
  void missingFileIsBadInput() {
    Path file = dir.resolve("absent.txt");
    BadInputException e = assertThrows(BadInputException.class, () -> StopwordRemover.fromFile(file));
    assertEquals(file + ": file not found", e.getMessage());
  }

  @Test
  void invalidUtf8IsBadInputWithTheLine() throws IOException {
    Path file = dir.resolve("latin1.txt");
    Files.write(file, new byte[] {'a', '\n', (byte) 0xE9, 't', 'e', '\n'});
    BadInputException e = assertThrows(BadInputException.class, () -> StopwordRemover.fromFile(file));
    assertEquals(2, e.line());
    assertTrue(e.getMessage().contains("invalid UTF-8"), e.getMessage());
  }
}
