package org.seq4j.embeddings;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.seq4j.corpus.BadInputException;

class WordVectorsIoTest {
  @TempDir Path dir;

  private static WordVectors sample() {
    return new WordVectors(
        List.of("king", "queen", "Apfel", "é"),
        new float[] {1f, 0.5f, 0.1f, 0.9f, 0.6f, 0.1f, -1f, 0f, 0.25f, 1e-7f, 3.4e38f, -0f},
        3);
  }

  @ParameterizedTest
  @EnumSource(VectorFormat.class)
  void roundTripIsExact(VectorFormat format) throws IOException {
    Path f = dir.resolve("v." + format.shortName());
    WordVectors v = sample();
    WordVectorsWriter.write(v, f, format);
    WordVectors back = WordVectorsReader.read(f, format);
    assertEquals(v.words(), back.words());
    assertEquals(3, back.dimension());
    for (int i = 0; i < v.size(); i++) {
      assertArrayEquals(v.row(i), back.row(i));
    }
    try (var files = Files.list(dir)) {
      assertEquals(1, files.count(), "no temporary file is left behind");
    }
  }

  @Test
  void gloveWordsMayContainSpaces() throws IOException {
    Path f = dir.resolve("g.txt");
    Files.writeString(f, "new york 0.5 1.5\nparis 1 2\n");
    WordVectors v = WordVectorsReader.read(f, VectorFormat.GLOVE_TEXT);
    assertEquals(List.of("new york", "paris"), v.words());
    assertArrayEquals(new float[] {0.5f, 1.5f}, v.vector("new york").orElseThrow());
  }

  @Test
  void malformedLinesNameFileAndLine() throws IOException {
    Path f = dir.resolve("bad.txt");
    Files.writeString(f, "2 3\na 1 2 3\nb 1 x 3\n");
    BadInputException e =
        assertThrows(BadInputException.class, () -> WordVectorsReader.read(f, VectorFormat.WORD2VEC_TEXT));
    assertEquals(3, e.line());
    assertTrue(e.getMessage().startsWith(f + ":3: "), e.getMessage());

    Files.writeString(f, "2 3\na 1 2 3\nb 1 2\n");
    e = assertThrows(BadInputException.class, () -> WordVectorsReader.read(f, VectorFormat.WORD2VEC_TEXT));
    assertEquals(3, e.line());

    Files.writeString(f, "3 3\na 1 2 3\n");
    e = assertThrows(BadInputException.class, () -> WordVectorsReader.read(f, VectorFormat.WORD2VEC_TEXT));
    assertTrue(e.getMessage().contains("header says 3 words"), e.getMessage());
  }

  @Test
  void invalidUtf8AndMissingFileAreReported() throws IOException {
    Path f = dir.resolve("latin1.txt");
    Files.write(f, "a 1 2\nb\u00e9 3 4\n".getBytes(StandardCharsets.ISO_8859_1));
    BadInputException e =
        assertThrows(BadInputException.class, () -> WordVectorsReader.read(f, VectorFormat.GLOVE_TEXT));
    assertTrue(e.getMessage().contains("invalid UTF-8"), e.getMessage());
    e =
        assertThrows(
            BadInputException.class,
            () -> WordVectorsReader.read(dir.resolve("nope.vec"), VectorFormat.GLOVE_TEXT));
    assertTrue(e.getMessage().contains("nope.vec"), e.getMessage());
  }

  @Test
  void truncatedBinaryFileIsReported() throws IOException {
    Path f = dir.resolve("v.bin");
    WordVectorsWriter.write(sample(), f, VectorFormat.WORD2VEC_BINARY);
    byte[] all = Files.readAllBytes(f);
    Files.write(f, java.util.Arrays.copyOf(all, all.length - 8));
    BadInputException e =
        assertThrows(BadInputException.class, () -> WordVectorsReader.read(f, VectorFormat.WORD2VEC_BINARY));
    assertTrue(e.getMessage().contains("record 4 of 4"), e.getMessage());
  }

  @Test
  void nearestNeighboursAreByCosine() {
    WordVectors v =
        new WordVectors(
            List.of("a", "b", "c", "d"), new float[] {1, 0, 0.9f, 0.1f, 0, 1, -1, 0}, 2);
    List<WordVectors.Neighbour> n = v.nearest("a", 2);
    assertEquals(List.of("b", "c"), n.stream().map(WordVectors.Neighbour::word).toList());
    assertTrue(n.get(0).similarity() > 0.99);
    assertTrue(v.nearest("zzz", 3).isEmpty());
  }

  @Test
  void coverageAndInitialisationUseLowercaseFallback() {
    WordVectors v = new WordVectors(List.of("the", "cat"), new float[] {1, 2, 3, 4}, 2);
    Coverage c = Coverage.of(Map.of("the", 10L, "The", 5L, "dog", 1L), v);
    assertEquals(3, c.types());
    assertEquals(16, c.tokens());
    assertEquals(1, c.typesExact());
    assertEquals(2, c.typesWithLowercase());
    assertEquals(15, c.tokensWithLowercase());

    List<String> vocab = List.of("<pad>", "The", "cat", "dog");
    EmbeddingInitializer.Result r = EmbeddingInitializer.initialise(vocab, v, Set.of(0), 0.1, 7);
    assertEquals(1, r.exact());
    assertEquals(1, r.lowercased());
    assertEquals(1, r.random());
    assertArrayEquals(new float[] {0, 0, 1, 2, 3, 4}, java.util.Arrays.copyOf(r.values(), 6));
    float d0 = r.values()[6];
    assertTrue(Math.abs(d0) <= 0.1 && d0 != 0);
    assertArrayEquals(r.values(), EmbeddingInitializer.initialise(vocab, v, Set.of(0), 0.1, 7).values());
    assertFalse(
        java.util.Arrays.equals(
            r.values(), EmbeddingInitializer.initialise(vocab, v, Set.of(0), 0.1, 8).values()));
  }
}
