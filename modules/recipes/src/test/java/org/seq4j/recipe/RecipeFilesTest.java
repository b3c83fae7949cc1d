package org.seq4j.recipe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.seq4j.recipe.stage.StageName;
import org.seq4j.recipe.stage.StagePlan;
import org.seq4j.recipe.stage.Stages;

/** Every recipe shipped in recipes/ validates, and the quickstart ones can run today. */
class RecipeFilesTest {
  static final Path RECIPES = Path.of("../../recipes");
  static final List<String> REQUIRED = List.of("quickstart", "ud-ewt-upos", "ud-ewt-xpos", "wnut17-ner",
      "conll2003-ner", "multi30k-de-en-attention", "multi30k-de-en-context", "tatoeba-en-fr", "toy-reverse",
      "toy-copy", "toy-sort", "quickstart-translation");

  @Test
  void everyShippedRecipeValidates() throws Exception {
    assumeTrue(Files.isDirectory(RECIPES), "recipes/ not found from " + Path.of("").toAbsolutePath());
    for (String name : REQUIRED) {
      assertTrue(Files.exists(RECIPES.resolve(name + ".yaml")), name);
    }
    try (Stream<Path> files = Files.list(RECIPES)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).toList()) {
        Recipe r = RecipeLoader.load(f, List.of());
        assertEquals(f.getFileName().toString(), r.name() + ".yaml");
        if (r.name().startsWith("quickstart")) {
          StagePlan.check(r, Stages.all());
        }
        StagePlan.check(RecipeLoader.load(f, List.of("stages=[prepare]")), Stages.all());
      }
    }
  }

  @Test
  void quickstartsRunEveryStage() {
    assumeTrue(Files.isDirectory(RECIPES), "recipes/ not found");
    for (String quickstart : List.of("quickstart.yaml", "quickstart-translation.yaml")) {
      org.seq4j.recipe.Recipe recipe = RecipeLoader.load(RECIPES.resolve(quickstart), List.of());
      assertTrue(recipe.stages().containsAll(List.of(StageName.PREPARE, StageName.TRAIN, StageName.EVALUATE,
          StageName.REPORT)), quickstart + ": " + recipe.stages());
      StagePlan.check(recipe, Stages.all());
    }
  }
}
