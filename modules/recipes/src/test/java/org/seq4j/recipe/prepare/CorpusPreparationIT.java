package org.seq4j.recipe.prepare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seq4j.corpus.BadInputException;
import org.seq4j.recipe.Recipe;
import org.seq4j.recipe.RecipeException;
import org.seq4j.recipe.RecipeLoader;
import org.seq4j.recipe.run.FileHashes;
import org.seq4j.recipe.run.RecipeRunner;
import org.seq4j.recipe.run.RunResult;

class CorpusPreparationIT {
  static final ObjectMapper JSON = new ObjectMapper();

  static Recipe tagging(Path dir, String... extra) {
    List<String> sets = new java.util.ArrayList<>(List.of("name=t", "task=tagging", "data.format=conllu",
        "data.dir=" + dir, "data.train=train.conllu", "data.dev=dev.conllu", "data.test=test.conllu",
        "stages=[prepare]", "train.batch=2"));
    sets.addAll(List.of(extra));
    return RecipeLoader.fromOverrides("test", sets);
  }

  @Test
  void preparesTaggingSplitsWithStats(@TempDir Path tmp) throws Exception {
    Path data = tmp.resolve("data");
    Fixtures.writeConllu(data);
    Path out = tmp.resolve("out");
    PreparedCorpus corpus = CorpusPreparation.prepare(tagging(data, "prepare.normalize=[lowercase]"), tmp, out,
        ProgressReporter.NONE);
    JsonNode stats = JSON.readTree(out.resolve("stats.json").toFile());
    JsonNode train = stats.at("/splits/train");
    assertEquals(3, train.get("sentences").asInt());
    assertEquals(9, train.get("words").asInt());
    assertTrue(train.get("oov_token_rate") == null, "train has no OOV rate against itself");
    assertEquals(3, stats.at("/details/train/labels/NOUN").asInt());
    // dev: "the bird sings": "the" is known after lowercasing, 2 of 3 words are OOV.
    assertEquals(2.0 / 3, stats.at("/splits/dev/oov_token_rate").asDouble(), 1e-9);
    assertTrue(stats.at("/batching/train/padded_slots").asLong() >= stats.at("/batching/train/real_tokens").asLong());
    assertEquals(2, stats.at("/batching/train/batches").asInt());
    assertTrue(stats.at("/batching/train/padding_efficiency").asDouble() > 0);
    assertEquals(stats.at("/splits/train/words").asLong(), stats.at("/batching/train/real_tokens").asLong());
    assertEquals(3, stats.at("/filtered/train/input").asInt());
    assertTrue(Files.readString(out.resolve("train.conll")).startsWith("the\tDET\ncat\tNOUN\n"));
    assertTrue(Files.readString(out.resolve("summary.txt")).contains("3 sentences"));
    assertTrue(corpus.files().contains(Path.of("vocab.words")));
  }

  @Test
  void filtersCountDropsByReason(@TempDir Path tmp) throws Exception {
    Path data = tmp.resolve("data");
    Fixtures.writeConllu(data);
    Path out = tmp.resolve("out");
    CorpusPreparation.prepare(tagging(data, "prepare.max_length=2", "prepare.drop_duplicates=true"), tmp, out,
        ProgressReporter.NONE);
    JsonNode filtered = JSON.readTree(out.resolve("stats.json").toFile()).at("/filtered/train");
    assertEquals(3, filtered.get("input").asInt());
    assertEquals(filtered.get("input").asInt() - filtered.get("kept").asInt(),
        filtered.at("/dropped/too_long").asInt() + filtered.at("/dropped/duplicate").asInt()
            + filtered.at("/dropped/empty").asInt());
    assertTrue(filtered.at("/dropped/too_long").asInt() > 0, filtered.toString());
  }

  @Test
  void runWithReportStageRendersCorpusAndTiming(@TempDir Path tmp) throws Exception {
    Path data = tmp.resolve("data");
    Fixtures.writeConllu(data);
    Path runDir = tmp.resolve("run");
    RecipeRunner runner = new RecipeRunner(tmp, Clock.systemUTC(), ProgressReporter.NONE);
    runner.run(tagging(data, "stages=[prepare,report]"), Optional.of(runDir));
    String html = Files.readString(runDir.resolve("report.html"));
    assertTrue(html.contains("id=\"corpus-statistics\""), "corpus section");
    assertTrue(html.contains("id=\"timing\""), "timing section");
    assertTrue(Files.readString(runDir.resolve("report.md")).contains("## Corpus statistics"));
    JsonNode report = JSON.readTree(runDir.resolve("report.json").toFile());
    assertTrue(report.at("/timing/stage_seconds/report").isNumber(), report.toString());
  }

  @Test
  void malformedInputLeavesNoOutput(@TempDir Path tmp) throws Exception {
    Path data = tmp.resolve("data");
    Fixtures.writeConllu(data);
    Files.writeString(data.resolve("test.conllu"), "1\tA\t_\tDET\n\n");
    Path out = tmp.resolve("out");
    BadInputException e = assertThrows(BadInputException.class,
        () -> CorpusPreparation.prepare(tagging(data), tmp, out, ProgressReporter.NONE));
    assertTrue(e.getMessage().contains("test.conllu:1:"), e.getMessage());
    assertFalse(Files.exists(out) && Files.list(out).findAny().isPresent(), "no partial output");
  }

  @Test
  void missingFileNamesRecipeKey(@TempDir Path tmp) throws Exception {
    Path data = tmp.resolve("data");
    Fixtures.writeConllu(data);
    Files.delete(data.resolve("dev.conllu"));
    RecipeException e = assertThrows(RecipeException.class,
        () -> CorpusPreparation.prepare(tagging(data), tmp, tmp.resolve("out"), ProgressReporter.NONE));
    assertEquals("--set data.dev=dev.conllu", e.source());
    assertTrue(e.getMessage().contains("file not found: " + data.resolve("dev.conllu")), e.getMessage());
  }

  @Test
  void tsvIsSplitBySeedKeepingSourcesTogether(@TempDir Path tmp) throws Exception {
    Fixtures.writeTsv(tmp.resolve("pairs.tsv"), 400);
    Recipe recipe = RecipeLoader.fromOverrides("test", List.of("name=mt", "task=translation", "data.format=tsv",
        "data.dir=" + tmp, "data.train=pairs.tsv", "data.split.dev=0.1", "data.split.test=0.1",
        "prepare.tokenizer=opennlp-simple", "prepare.bpe_merges=5", "stages=[prepare]"));
    Path out = tmp.resolve("out");
    CorpusPreparation.prepare(recipe, tmp, out, ProgressReporter.NONE);
    JsonNode stats = JSON.readTree(out.resolve("stats.json").toFile());
    assertEquals(400, stats.at("/filtered/train/input").asInt());
    int train = stats.at("/splits/train/pairs").asInt();
    int dev = stats.at("/splits/dev/pairs").asInt();
    int test = stats.at("/splits/test/pairs").asInt();
    assertEquals(400, train + dev + test);
    assertTrue(dev > 0 && test > 0 && train > dev + test, train + "/" + dev + "/" + test);
    Map<String, String> splitOfSource = new HashMap<>();
    for (String split : List.of("train", "dev", "test")) {
      for (String line : Files.readAllLines(out.resolve(split + ".src"))) {
        String previous = splitOfSource.put(line, split);
        assertTrue(previous == null || previous.equals(split), "source in two splits: " + line);
      }
    }
    assertTrue(Files.exists(out.resolve("bpe.codes")));
    assertEquals(5, stats.at("/bpe/merges").asInt());

    Path again = tmp.resolve("again");
    CorpusPreparation.prepare(recipe, tmp, again, ProgressReporter.NONE);
    assertEquals(Files.readString(out.resolve("dev.src")), Files.readString(again.resolve("dev.src")),
        "same seed, same split");
  }

  @Test
  void runWritesRunDirectoryWithManifestAndReport(@TempDir Path tmp) throws Exception {
    Path data = tmp.resolve("data");
    Fixtures.writeConllu(data);
    RecipeRunner runner = new RecipeRunner(tmp, Clock.systemUTC(), ProgressReporter.NONE);
    RunResult result = runner.run(tagging(data), Optional.empty());
    Path runDir = result.runDir();
    assertEquals(tmp.resolve("runs").resolve("t"), runDir.getParent());
    Set<String> files = new HashSet<>();
    try (var list = Files.list(runDir)) {
      list.forEach(p -> files.add(p.getFileName().toString()));
    }
    assertTrue(files.containsAll(Set.of("recipe.resolved.yaml", "manifest.json", "train.log", "report.json", "prepared")),
        files.toString());
    JsonNode manifest = JSON.readTree(runDir.resolve("manifest.json").toFile());
    assertEquals(FileHashes.sha256(data.resolve("train.conllu")),
        manifest.at("/inputs/data~1train.conllu/sha256").asText());
    assertEquals("succeeded", manifest.get("status").asText());
    assertEquals(42, manifest.get("seed").asLong());
    assertEquals("conllu", manifest.at("/settings/data.format").asText());
    JsonNode report = JSON.readTree(runDir.resolve("report.json").toFile());
    assertTrue(report.at("/timing/stage_seconds/prepare").isNumber(), report.toString());
    assertEquals(3, report.at("/corpus/splits/train/sentences").asInt());
    assertTrue(report.at("/corpus/details/train/words/length_histogram").isObject(), report.toString());
    assertTrue(Files.readString(runDir.resolve("train.log")).contains("stage prepare finished"));
    Recipe reloaded = RecipeLoader.load(runDir.resolve("recipe.resolved.yaml"), List.of());
    assertEquals(tagging(data).data(), reloaded.data());
  }
}
