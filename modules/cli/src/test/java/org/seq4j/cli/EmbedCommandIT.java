package org.seq4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seq4j.embeddings.VectorFormat;
import org.seq4j.embeddings.WordVectors;
import org.seq4j.embeddings.WordVectorsReader;

/**
 * {@code seq4j embed train} on a small generated text where "cat"/"dog" and "tea"/"coffee" occur in
 * the same contexts: the vectors are written in each format, read back, and the nearest neighbour
 * of each such word is its partner.
 */
class EmbedCommandIT {

  private static final int SENTENCES = 1500;
  private static final String[] ANIMALS = {"cat", "dog"};
  private static final String[] DRINKS = {"tea", "coffee"};
  private static final String[] PLACES = {"mat", "sofa", "floor", "bed"};
  private static final String[] PEOPLE = {"we", "they", "you", "i"};

  @TempDir Path dir;

  private Path text() throws IOException {
    SplittableRandom random = new SplittableRandom(5L);
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < SENTENCES; i++) {
      if (random.nextBoolean()) {
        lines.add("the " + pick(ANIMALS, random) + " sleeps on the " + pick(PLACES, random));
      } else {
        lines.add(pick(PEOPLE, random) + " drink hot " + pick(DRINKS, random) + " every morning");
      }
    }
    return Files.write(dir.resolve("text.txt"), lines);
  }

  private static String pick(String[] words, SplittableRandom random) {
    return words[random.nextInt(words.length)];
  }

  @Test
  void trainsVectorsThatGroupWordsByContext() throws IOException {
    Path text = text();
    Path vectors = dir.resolve("vectors.vec");
    CommandRunner.Result r = CommandRunner.run("embed", "train", "--input", text.toString(), "--out",
        vectors.toString(), "--dim", "16", "--window", "3", "--min-count", "1", "--epochs", "3", "--seed", "3");
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(r.err().contains(SENTENCES + " sentences"), r.err());
    WordVectors read = WordVectorsReader.read(vectors, VectorFormat.WORD2VEC_TEXT);
    assertEquals(16, read.dimension());
    assertTrue(read.contains("coffee") && read.contains("sleeps"));

    for (String[] pair : new String[][] {ANIMALS, DRINKS}) {
      CommandRunner.Result n = CommandRunner.run("embed", "neighbours", "--vectors", vectors.toString(), "--word",
          pair[0], "-k", "1");
      assertEquals(0, n.exitCode(), n.err());
      assertEquals(pair[0] + "\t" + pair[1], n.out().strip().substring(0, n.out().strip().lastIndexOf('\t')),
          n.out());
    }
  }

  @Test
  void writesBinaryAndGlove() throws IOException {
    Path text = text();
    Path binary = dir.resolve("vectors.bin");
    Path glove = dir.resolve("glove.txt");
    String[] common = {"--input", text.toString(), "--dim", "8", "--min-count", "1", "--epochs", "1"};
    assertEquals(0, run(common, "--out", binary.toString()).exitCode());
    assertEquals(0, run(common, "--out", glove.toString(), "--format", "glove").exitCode());
    WordVectors fromBinary = WordVectorsReader.read(binary, VectorFormat.WORD2VEC_BINARY);
    WordVectors fromGlove = WordVectorsReader.read(glove, VectorFormat.GLOVE_TEXT);
    assertEquals(fromBinary.words(), fromGlove.words(), "same seed, same vectors");
    CommandRunner.Result coverage = CommandRunner.run("embed", "coverage", "--vectors", glove.toString(),
        "--corpus", text.toString());
    assertEquals(0, coverage.exitCode(), coverage.err());
    assertTrue(coverage.out().contains("(100.00%)"), coverage.out());
  }

  private static CommandRunner.Result run(String[] common, String... more) {
    List<String> args = new ArrayList<>(List.of("embed", "train"));
    args.addAll(List.of(common));
    args.addAll(List.of(more));
    return CommandRunner.run(args.toArray(String[]::new));
  }
}
