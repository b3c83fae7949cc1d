package org.seq4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code seq4j embed coverage|neighbours} on small hand-written vector files, and usage errors. */
class EmbedCommandTest {

  @TempDir Path dir;

  /** king/queen point the same way, apple elsewhere; "The" only lowercased. */
  private Path glove() throws IOException {
    return Files.writeString(dir.resolve("vectors.txt"),
        "the 1 0 0\nking 0 1 1\nqueen 0 1 0.9\napple 1 1 0\ncat 0 0 1\n");
  }

  private Path word2vecText() throws IOException {
    return Files.writeString(dir.resolve("vectors.vec"), "2 3\nking 0 1 1\nqueen 0 1 0.9\n");
  }

  @Test
  void coverageCountsTypesAndTokensExactAndLowercased() throws IOException {
    Path corpus = Files.writeString(dir.resolve("corpus.txt"), "The king saw the queen\nthe zebra\n\n");
    CommandRunner.Result r = CommandRunner.run("embed", "coverage", "--vectors", glove().toString(), "--corpus",
        corpus.toString(), "--json");
    assertEquals(0, r.exitCode(), r.err());
    JsonNode json = new ObjectMapper().readTree(r.out());
    // types: The, king, saw, the, queen, zebra; tokens 7
    assertEquals(6, json.get("types").asLong());
    assertEquals(7, json.get("tokens").asLong());
    assertEquals(3, json.get("types_exact").asLong());
    assertEquals(4, json.get("tokens_exact").asLong());
    assertEquals(4, json.get("types_with_lowercase").asLong());
    assertEquals(5, json.get("tokens_with_lowercase").asLong());
    assertEquals(100.0 * 5 / 7, json.get("token_rate").asDouble(), 1e-9);
    assertEquals(5, json.get("vectors").asLong());
  }

  @Test
  void coverageOfAVocabularyFileWithCountsInWord2vecFormat() throws IOException {
    Path vocab = Files.writeString(dir.resolve("vocab.txt"), "king 10\nQueen 5\nzebra\n");
    CommandRunner.Result r = CommandRunner.run("embed", "coverage", "--vectors", word2vecText().toString(),
        "--vocab", vocab.toString());
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(r.out().startsWith("coverage: 2/3 types (66.67%), 15/16 tokens (93.75%)"), r.out());
  }

  @Test
  void badVocabularyLineIsExit2WithFileAndLine() throws IOException {
    Path vocab = Files.writeString(dir.resolve("vocab.txt"), "king 10\nqueen many\n");
    CommandRunner.Result r = CommandRunner.run("embed", "coverage", "--vectors", glove().toString(), "--vocab",
        vocab.toString());
    assertEquals(Seq4j.EXIT_BAD_INPUT, r.exitCode());
    assertEquals("seq4j: " + vocab + ":2: count 'many' is not a positive integer; expected 'word' or 'word count'",
        r.err().strip());
  }

  @Test
  void coverageNeedsSomethingToCover() throws IOException {
    CommandRunner.Result r = CommandRunner.run("embed", "coverage", "--vectors", glove().toString());
    assertEquals(Seq4j.EXIT_BAD_INPUT, r.exitCode());
    assertTrue(r.err().contains("Give at least one --corpus, --conllu or --vocab file"), r.err());
  }

  @Test
  void neighboursByCosineMostSimilarFirst() throws IOException {
    CommandRunner.Result r = CommandRunner.run("embed", "neighbours", "--vectors", glove().toString(), "--word",
        "king", "-k", "2");
    assertEquals(0, r.exitCode(), r.err());
    List<String> lines = r.out().lines().toList();
    assertEquals(2, lines.size());
    assertTrue(lines.get(0).startsWith("king\tqueen\t0.99"), lines.get(0));
    assertTrue(lines.get(1).startsWith("king\tcat\t0.7071"), lines.get(1));
  }

  @Test
  void unknownWordIsBadInputWithAHint() throws IOException {
    Path vectors = glove();
    CommandRunner.Result r = CommandRunner.run("embed", "neighbours", "--vectors", vectors.toString(), "--word",
        "The");
    assertEquals(Seq4j.EXIT_BAD_INPUT, r.exitCode());
    assertEquals("seq4j: " + vectors + ": no vector for 'The' ('the' has one); expected a word of its 5 words",
        r.err().strip());
  }

  @Test
  void usageErrors() throws IOException {
    assertEquals(Seq4j.EXIT_BAD_INPUT, CommandRunner.run("embed").exitCode());
    CommandRunner.Result k = CommandRunner.run("embed", "neighbours", "--vectors", glove().toString(), "--word",
        "king", "-k", "0");
    assertEquals(Seq4j.EXIT_BAD_INPUT, k.exitCode());
    assertTrue(k.err().contains("-k: expected >= 1"), k.err());
    CommandRunner.Result format = CommandRunner.run("embed", "neighbours", "--vectors", glove().toString(),
        "--vectors-format", "fasttext", "--word", "king");
    assertEquals(Seq4j.EXIT_BAD_INPUT, format.exitCode());
    assertTrue(format.err().contains("Invalid value 'fasttext' for --vectors-format: expected word2vec|"),
        format.err());
    CommandRunner.Result train = CommandRunner.run("embed", "train", "--input", "x.txt", "--out",
        dir.resolve("v.vec").toString(), "--algorithm", "glove");
    assertEquals(Seq4j.EXIT_BAD_INPUT, train.exitCode());
    assertTrue(train.err().contains("expected skipgram|cbow"), train.err());
  }
}
