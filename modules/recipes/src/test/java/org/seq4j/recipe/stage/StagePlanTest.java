package org.seq4j.recipe.stage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.seq4j.recipe.Recipe;
import org.seq4j.recipe.RecipeException;
import org.seq4j.recipe.RecipeLoader;

class StagePlanTest {
  static final String RECIPE = String.join("\n",
      "name: t",
      "task: tagging",
      "data: {format: conllu, dir: d, train: t.conllu}",
      "stages: [prepare]",  // line 4
      "");

  static Recipe recipe(String... sets) {
    return RecipeLoader.parse(RECIPE, "r.yaml", List.of(sets));
  }

  /** A registry where every stage is available, to test needs/produces alone. */
  static Map<StageName, Stage> allAvailable() {
    Map<StageName, Stage> stages = new EnumMap<>(StageName.class);
    Stages.all().forEach((name, stage) -> stages.put(name, NoOpStage.standingIn(stage)));
    return stages;
  }

  @Test
  void prepareAloneIsValidAndAvailable() {
    StagePlan plan = StagePlan.check(recipe(), Stages.all());
    assertEquals(List.of(StageName.PREPARE), plan.stages().stream().map(Stage::name).toList());
  }

  @Test
  void fullDefaultPipelineMeetsAllNeeds() {
    StagePlan plan = StagePlan.check(recipe("stages=[prepare,train,evaluate,report]"), allAvailable());
    assertEquals(4, plan.stages().size());
  }

  @Test
  void evaluateWithoutTrainIsRejected() {
    RecipeException e = assertThrows(RecipeException.class,
        () -> StagePlan.check(recipe("stages=[prepare,evaluate]"), allAvailable()));
    assertTrue(e.getMessage().contains("stage 'evaluate' needs a trained model, which no earlier stage produces; "
        + "add 'train' before 'evaluate'"), e.getMessage());
  }

  @Test
  void trainWithoutPrepareIsRejected() {
    RecipeException e = assertThrows(RecipeException.class,
        () -> StagePlan.check(recipe("stages=[train]"), allAvailable()));
    assertTrue(e.getMessage().contains("needs prepared data"), e.getMessage());
  }

  @Test
  void trainNeedsEmbeddingsWhenRecipeAsksForThem() {
    RecipeException e = assertThrows(RecipeException.class,
        () -> StagePlan.check(recipe("stages=[prepare,train]", "embed.method=word2vec"), allAvailable()));
    assertTrue(e.getMessage().contains("needs word embeddings"), e.getMessage());
    StagePlan.check(recipe("stages=[prepare,embed,train]", "embed.method=word2vec"), allAvailable());
  }

  /** The real stages, with no task implementing train and evaluate. */
  private static Map<StageName, Stage> withoutTasks() {
    Map<StageName, Stage> stages = new EnumMap<>(Stages.all());
    stages.put(StageName.TRAIN, TaskStage.train(Map.of()));
    stages.put(StageName.EVALUATE, TaskStage.evaluate(Map.of()));
    return stages;
  }

  @Test
  void unavailableStagesFailBeforeAnyWorkWithStagesLine() {
    RecipeException e = assertThrows(RecipeException.class,
        () -> StagePlan.check(recipe("stages=[prepare,train]"), withoutTasks()));
    assertTrue(e.getMessage().contains("stage train is not available yet"), e.getMessage());
    RecipeException fromFile = assertThrows(RecipeException.class, () -> StagePlan.check(
        RecipeLoader.parse(RECIPE.replace("[prepare]", "[prepare, train, evaluate]"), "r.yaml", List.of()),
        withoutTasks()));
    assertEquals(4, fromFile.line());
    assertTrue(fromFile.getMessage().contains("stages train, evaluate are not available yet"), fromFile.getMessage());
  }

  @Test
  void reportIsAvailableAfterPrepare() {
    StagePlan plan = StagePlan.check(recipe("stages=[prepare,report]"), Stages.all());
    assertEquals(List.of(StageName.PREPARE, StageName.REPORT), plan.stages().stream().map(Stage::name).toList());
    RecipeException e = assertThrows(RecipeException.class,
        () -> StagePlan.check(recipe("stages=[report]"), Stages.all()));
    assertTrue(e.getMessage().contains("stage 'report' needs prepared data"), e.getMessage());
  }

  @Test
  void unavailableStageMessageSuggestsTheAvailableOnes() {
    RecipeException e = assertThrows(RecipeException.class,
        () -> StagePlan.check(recipe("stages=[prepare,train,evaluate,report]"), withoutTasks()));
    assertTrue(e.getMessage().endsWith("run the available stages with --set stages=[prepare,report]"), e.getMessage());
  }

  @Test
  void unavailableStageNeverPretendsToRun() {
    Stage train = new UnavailableStage(StageName.TRAIN, r -> Set.of(), Set.of(Artifact.MODEL));
    assertThrows(UnsupportedOperationException.class, () -> train.run(null));
  }
}
