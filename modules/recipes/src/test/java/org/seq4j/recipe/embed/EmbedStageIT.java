package org.seq4j.recipe.embed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seq4j.embeddings.VectorFormat;
import org.seq4j.embeddings.WordVectors;
import org.seq4j.embeddings.WordVectorsReader;
import org.seq4j.recipe.Recipe;
import org.seq4j.recipe.RecipeException;
import org.seq4j.recipe.RecipeLoader;
import org.seq4j.recipe.prepare.ProgressReporter;
import org.seq4j.recipe.run.RecipeRunner;

/** The embed stage trains word2vec on the sample (or reads vectors) and reports coverage. */
class EmbedStageIT {
  static final ObjectMapper JSON = new ObjectMapper();
  static final int DIM = 16;

  static Path workDir() {
    return Path.of(System.getProperty("seq4j.corpora", "../../corpora")).toAbsolutePath().normalize().getParent();
  }

  static Recipe quickstart(String... sets) {
    List<String> all = new ArrayList<>(List.of("stages=[prepare,embed]", "model.embedding_dim=" + DIM));
    all.addAll(List.of(sets));
    return RecipeLoader.load(workDir().resolve("recipes/quickstart.yaml"), all);
  }

  static JsonNode run(Recipe recipe, Path out) throws Exception {
    new RecipeRunner(workDir(), Clock.systemUTC(), ProgressReporter.NONE).run(recipe, Optional.of(out));
    return JSON.readTree(out.resolve("report.json").toFile());
  }

  @Test
  void word2vecOnTrainPlusExtraText(@TempDir Path tmp) throws Exception {
    assumeTrue(Files.isDirectory(workDir().resolve("corpora/samples/pos-sample")), "pos-sample not found");
    Path extra = tmp.resolve("extra.txt");
    Files.writeString(extra, "the quokka sat on the mat .\n\nA quokka ran .\n");
    Path out = tmp.resolve("run");
    JsonNode report = run(quickstart("embed.method=word2vec", "embed.text_files=[" + extra + "]"), out);

    WordVectors vectors = WordVectorsReader.read(out.resolve("embeddings.vec"), VectorFormat.WORD2VEC_TEXT);
    assertEquals(DIM, vectors.dimension());
    assertTrue(vectors.contains("the") && vectors.contains("quokka"), "train and extra-text words");
    JsonNode stats = report.at("/corpus/embeddings");
    assertEquals("word2vec", stats.get("method").asText());
    assertEquals(vectors.size(), stats.get("words").asInt());
    assertEquals(100.0, stats.at("/coverage/train/token_rate").asDouble(), 1e-9, "min_count 1 covers all of train");
    double testRate = stats.at("/coverage/test/token_rate").asDouble();
    assertTrue(testRate > 0 && testRate < 100, "test has words train lacks: " + testRate);
    assertTrue(report.at("/timing/tokens_per_second/embed").asDouble() > 0);
  }

  /**
   * With lowercase_words and normalize_digits, the vectors are for the strings the tagger looks up:
   * text in CoNLL-U, CoNLL, tab-separated and plain-text files all ends up lowercased with digits as 0.
   */
  @Test
  void word2vecOnTextFilesInEveryFormatGivesVectorsInTheLookupForm(@TempDir Path tmp) throws Exception {
    assumeTrue(Files.isDirectory(workDir().resolve("corpora/samples/pos-sample")), "pos-sample not found");
    Files.writeString(tmp.resolve("a.conllu"), "1-2\tCan't\t_\t_\t_\t_\t_\t_\t_\t_\n"
        + "1\tCa\tcan\tAUX\tMD\t_\t3\taux\t_\t_\n2\tn't\tnot\tPART\tRB\t_\t3\tadvmod\t_\t_\n"
        + "3\tQuokkas\tquokka\tNOUN\tNNS\t_\t0\troot\t_\t_\n\n");
    Files.writeString(tmp.resolve("b.conll"), "-DOCSTART- O\n\nWombats O\nin O\n2024 B-date\n\n");
    Files.writeString(tmp.resolve("c.tsv"), "Numbats eat 300 Termites.\tLes Numbats mangent 300 termites.\n");
    Files.writeString(tmp.resolve("d.txt"), "Bilbies dig Burrows in 1999.\n");
    Path out = tmp.resolve("run");
    JsonNode report = run(quickstart("model.lowercase_words=true", "model.normalize_digits=true",
        "embed.method=word2vec", "embed.tokenizer=opennlp", "embed.text_files=[conllu:" + tmp.resolve("a.conllu")
            + ", conll:" + tmp.resolve("b.conll") + ", tsv:1:" + tmp.resolve("c.tsv") + ", " + tmp.resolve("d.txt")
            + "]"),
        out);

    WordVectors vectors = WordVectorsReader.read(out.resolve("embeddings.vec"), VectorFormat.WORD2VEC_TEXT);
    for (String word : vectors.words()) {
      assertEquals(word.toLowerCase(java.util.Locale.ROOT).replaceAll("[1-9]", "0"), word, "lookup form");
    }
    for (String word : List.of("the", "ca", "n't", "quokkas", "wombats", "0000", "les", "numbats", "termites",
        "bilbies", "burrows")) {
      assertTrue(vectors.contains(word), word + " from the train split or a text file");
    }
    assertFalse(vectors.contains("can't") || vectors.contains("eat"), "no multiword range, tsv column 1 only");
    assertEquals(100.0, report.at("/corpus/embeddings/coverage/train/token_rate").asDouble(), 1e-9,
        "every training word, in lookup form, has a vector");
  }

  @Test
  void pretrainedVectorsAreKeyedByTheLookupForm(@TempDir Path tmp) throws Exception {
    assumeTrue(Files.isDirectory(workDir().resolve("corpora/samples/pos-sample")), "pos-sample not found");
    Path glove = tmp.resolve("vectors.txt");
    List<String> words = List.of("The", "the", "Vienna", "PARIS", "Paris", "1984");
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < words.size(); i++) {
      text.append(words.get(i));
      for (int d = 0; d < DIM; d++) {
        text.append(' ').append(i + 1);
      }
      text.append('\n');
    }
    Files.writeString(glove, text.toString());
    Path out = tmp.resolve("run");
    run(quickstart("model.lowercase_words=true", "model.normalize_digits=true", "embed.method=pretrained",
        "embed.file=" + glove, "embed.format=glove"), out);
    WordVectors vectors = WordVectorsReader.read(out.resolve("embeddings.vec"), VectorFormat.WORD2VEC_TEXT);
    assertEquals(List.of("the", "vienna", "paris"), vectors.words(), "the sample has no digits: 1984 is not used");
    assertEquals(2f, vectors.vector("the").orElseThrow()[0], "the word that is its own lookup form wins");
    assertEquals(3f, vectors.vector("vienna").orElseThrow()[0], "a cased-only word is kept under its lookup form");
    assertEquals(4f, vectors.vector("paris").orElseThrow()[0], "the first of several words with one form");
  }

  @Test
  void pretrainedVectorsAreFilteredToTheCorpusAndChecked(@TempDir Path tmp) throws Exception {
    assumeTrue(Files.isDirectory(workDir().resolve("corpora/samples/pos-sample")), "pos-sample not found");
    Path glove = tmp.resolve("vectors.txt");
    StringBuilder text = new StringBuilder();
    for (String word : List.of("the", "cat", "xylophone-never-seen", "dog")) {
      text.append(word);
      for (int d = 0; d < DIM; d++) {
        text.append(' ').append((word.length() + d) / 10.0);
      }
      text.append('\n');
    }
    Files.writeString(glove, text.toString());
    Path out = tmp.resolve("run");
    JsonNode report = run(quickstart("embed.method=pretrained", "embed.file=" + glove, "embed.format=glove",
        "embed.freeze=true"), out);
    WordVectors vectors = WordVectorsReader.read(out.resolve("embeddings.vec"), VectorFormat.WORD2VEC_TEXT);
    assertTrue(vectors.contains("the"));
    assertFalse(vectors.contains("xylophone-never-seen"), "words no split uses are left out");
    JsonNode coverage = report.at("/corpus/embeddings/coverage/train");
    assertTrue(coverage.get("types_covered").asLong() >= 2 && coverage.get("type_rate").asDouble() < 100);
    assertTrue(report.at("/corpus/embeddings/frozen").asBoolean());

    RecipeException wrongSize = assertThrows(RecipeException.class, () -> run(quickstart("embed.method=pretrained",
        "embed.file=" + glove, "embed.format=glove", "model.embedding_dim=" + (DIM + 1)), tmp.resolve("bad")));
    assertTrue(wrongSize.getMessage().contains("embed.file") || wrongSize.getMessage().contains("embedding_dim"),
        wrongSize.getMessage());
  }
}
