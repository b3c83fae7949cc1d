package org.seq4j.recipe.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seq4j.recipe.Recipe;
import org.seq4j.recipe.RecipeException;
import org.seq4j.recipe.RecipeLoader;
import org.seq4j.recipe.prepare.Fixtures;
import org.seq4j.recipe.prepare.ProgressReporter;
import org.seq4j.recipe.embed.EmbedStage;
import org.seq4j.recipe.stage.NoOpStage;
import org.seq4j.recipe.stage.Stage;
import org.seq4j.recipe.stage.StageName;
import org.seq4j.recipe.stage.Stages;

/** manifest.json hashes every file a run reads: data, vector files, word2vec text files, stop word lists. */
class InputFilesTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static Recipe tagging(String... sets) {
    List<String> all = new ArrayList<>(List.of("name=t", "task=tagging", "data.format=conllu", "data.dir=d",
        "data.train=train.conllu", "data.dev=dev.conllu", "model.embedding_dim=3"));
    all.addAll(List.of(sets));
    return RecipeLoader.fromOverrides("test", all);
  }

  private static Path writeVectors(Path dir) throws Exception {
    Path vectors = Files.createDirectories(dir.resolve("vectors")).resolve("v.vec");
    Files.writeString(vectors, "2 3\nthe 0.1 0.2 0.3\ncat 0.3 0.2 0.1\n");
    return vectors;
  }

  /** The real stages, but an embed stage that reads nothing (word2vec and vector reading are not under test). */
  private static Map<StageName, Stage> withStubEmbed() {
    Map<StageName, Stage> stages = new EnumMap<>(Stages.all());
    stages.put(StageName.EMBED, NoOpStage.standingIn(new EmbedStage()));
    return stages;
  }

  @Test
  void manifestHashesThePretrainedVectorFileLikeTheDataFiles(@TempDir Path tmp) throws Exception {
    Fixtures.writeConllu(tmp.resolve("d"));
    Path vectors = writeVectors(tmp);
    Recipe recipe = tagging("stages=[prepare,embed]", "embed.method=pretrained", "embed.file=vectors/v.vec");
    Path run = tmp.resolve("run");
    new RecipeRunner(tmp, Clock.systemUTC(), ProgressReporter.NONE, withStubEmbed()).run(recipe, Optional.of(run));

    JsonNode inputs = JSON.readTree(run.resolve(ManifestJson.FILE_NAME).toFile()).get("inputs");
    assertEquals(FileHashes.sha256(vectors), inputs.at("/vectors~1v.vec/sha256").asText());
    assertEquals(FileHashes.sha256(tmp.resolve("d/train.conllu")), inputs.at("/d~1train.conllu/sha256").asText());
    assertEquals(List.of("d/train.conllu", "d/dev.conllu", "vectors/v.vec"), names(inputs));
  }

  @Test
  void word2vecTextFilesAreInputsOnlyWhenTheEmbedStageRuns(@TempDir Path tmp) throws Exception {
    Fixtures.writeConllu(tmp.resolve("d"));
    Files.writeString(tmp.resolve("a.txt"), "the cat\n");
    Files.writeString(tmp.resolve("b.txt"), "a dog\n");
    Recipe recipe = tagging("embed.method=word2vec", "embed.text_files=[a.txt,b.txt,a.txt]");
    List<Path> files = InputFiles.resolve(recipe, tmp, recipe.stages());
    assertEquals(List.of(tmp.resolve("a.txt"), tmp.resolve("b.txt")), files.subList(2, files.size()),
        "each file once, in recipe order, after the data");
    Map<String, String> hashes = InputFiles.sha256(files, tmp);
    assertEquals(FileHashes.sha256(tmp.resolve("b.txt")), hashes.get("b.txt"));
    assertEquals(2, InputFiles.resolve(recipe, tmp, List.of(StageName.PREPARE, StageName.TRAIN)).size());
  }

  @Test
  void aMissingEmbeddingFileFailsBeforeAnyWorkNamingItsKey(@TempDir Path tmp) throws Exception {
    Fixtures.writeConllu(tmp.resolve("d"));
    Recipe recipe = tagging("stages=[prepare,embed]", "embed.method=pretrained", "embed.file=missing.vec");
    Path run = tmp.resolve("run");
    RecipeException e = assertThrows(RecipeException.class,
        () -> new RecipeRunner(tmp, Clock.systemUTC(), ProgressReporter.NONE, withStubEmbed())
            .run(recipe, Optional.of(run)));
    assertEquals("--set embed.file=missing.vec", e.source());
    assertTrue(e.getMessage().contains("file not found: missing.vec (embed.file, relative to "), e.getMessage());
    assertFalse(Files.exists(run), "nothing written");
  }

  @Test
  void stopwordListsAreHashedAndReadRelativeToTheWorkingDirectory(@TempDir Path tmp) throws Exception {
    Fixtures.writeTsv(tmp.resolve("pairs.tsv"), 20);
    Files.writeString(tmp.resolve("stop.txt"), "# stop words\nsee\nvois\n");
    Recipe recipe = RecipeLoader.fromOverrides("test", List.of("name=t", "task=translation", "data.format=tsv",
        "data.train=pairs.tsv", "data.split.dev=0.1", "prepare.normalize=[stopwords:stop.txt]",
        "stages=[prepare]"));
    Path run = tmp.resolve("run");
    new RecipeRunner(tmp, Clock.systemUTC(), ProgressReporter.NONE).run(recipe, Optional.of(run));

    JsonNode inputs = JSON.readTree(run.resolve(ManifestJson.FILE_NAME).toFile()).get("inputs");
    assertEquals(FileHashes.sha256(tmp.resolve("stop.txt")), inputs.at("/stop.txt/sha256").asText());
    for (String side : List.of("prepared/train.src", "prepared/train.tgt")) {
      List<String> tokens = List.of(Files.readString(run.resolve(side)).split("\\s+"));
      assertFalse(tokens.contains("see") || tokens.contains("vois"), "the list was read and applied: " + tokens);
      assertTrue(tokens.contains("I") || tokens.contains("Je"), side);
    }
  }

  private static List<String> names(JsonNode inputs) {
    List<String> names = new ArrayList<>();
    inputs.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
