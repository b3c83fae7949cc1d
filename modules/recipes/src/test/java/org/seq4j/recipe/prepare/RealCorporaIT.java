package org.seq4j.recipe.prepare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seq4j.recipe.Recipe;
import org.seq4j.recipe.RecipeLoader;

/**
 * The shipped recipes reproduce the published corpus counts. Looks for corpora in the project's
 * corpora/ (scripts/fetch-corpora) and then in ../shared/corpora; skips when neither has them.
 */
class RealCorporaIT {
  static final Path RECIPES = Path.of("../../recipes");
  static final List<Path> CORPORA_ROOTS = List.of(Path.of("../../corpora"), Path.of("../../../shared/corpora"));
  static final ObjectMapper JSON = new ObjectMapper();

  static Optional<Path> corpus(String name) {
    return CORPORA_ROOTS.stream().map(r -> r.resolve(name)).filter(Files::isDirectory).findFirst();
  }

  static JsonNode prepare(String recipe, String corpus, String subdir, Path out) throws Exception {
    Optional<Path> dir = corpus(corpus);
    assumeTrue(dir.isPresent(), corpus + " not found in corpora/ or ../shared/corpora; run scripts/fetch-corpora");
    Recipe r = RecipeLoader.load(RECIPES.resolve(recipe + ".yaml"),
        List.of("data.dir=" + dir.get().resolve(subdir).toAbsolutePath()));
    CorpusPreparation.prepare(r, Path.of("").toAbsolutePath(), out, ProgressReporter.NONE);
    return JSON.readTree(out.resolve(CorpusPreparation.STATS_FILE).toFile());
  }

  @Test
  void ewtCounts(@TempDir Path out) throws Exception {
    JsonNode s = prepare("ud-ewt-upos", "ud-en-ewt", ".", out);
    assertEquals(12_544, s.at("/splits/train/sentences").asInt());
    assertEquals(204_577, s.at("/splits/train/words").asInt());
    assertEquals(2_001, s.at("/splits/dev/sentences").asInt());
    assertEquals(25_147, s.at("/splits/dev/words").asInt());
    assertEquals(2_077, s.at("/splits/test/sentences").asInt());
    assertEquals(25_094, s.at("/splits/test/words").asInt());
    assertEquals(17, s.at("/splits/train/labels").asInt());
    assertEquals(17, s.at("/details/train/labels").size());
  }

  @Test
  void wnutCounts(@TempDir Path out) throws Exception {
    JsonNode s = prepare("wnut17-ner", "wnut17", ".", out);
    assertEquals(3_394, s.at("/splits/train/sentences").asInt());
    assertEquals(62_730, s.at("/splits/train/tokens").asInt());
    assertEquals(1_009, s.at("/splits/dev/sentences").asInt());
    assertEquals(1_287, s.at("/splits/test/sentences").asInt());
  }

  @Test
  void multi30kCounts(@TempDir Path out) throws Exception {
    JsonNode s = prepare("multi30k-de-en-attention", "multi30k-de-en", "tok", out);
    assertEquals(29_000, s.at("/filtered/train/input").asInt());
    assertEquals(29_000, s.at("/splits/train/pairs").asInt());
    assertEquals(360_706, s.at("/splits/train/source_tokens").asInt());
    assertEquals(377_534, s.at("/splits/train/target_tokens").asInt());
  }

  @Test
  void tatoebaCountsAndGroupedSplit(@TempDir Path out) throws Exception {
    JsonNode s = prepare("tatoeba-en-fr", "tatoeba-en-fr", ".", out);
    assertEquals(142_787, s.at("/filtered/train/input").asInt());
    long kept = Stream.of("train", "dev", "test").mapToLong(x -> s.at("/splits/" + x + "/pairs").asLong()).sum();
    assertEquals(s.at("/filtered/train/kept").asLong(), kept);
    long dropped = 0;
    for (JsonNode n : s.at("/filtered/train/dropped")) {
      dropped += n.asLong();
    }
    assertEquals(142_787, kept + dropped);
  }
}
