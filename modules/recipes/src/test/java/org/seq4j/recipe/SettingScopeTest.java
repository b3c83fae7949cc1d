package org.seq4j.recipe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.seq4j.corpus.BadInputException;
import org.seq4j.corpus.SentencePair;
import org.seq4j.corpus.batch.BatchingOptions;
import org.seq4j.recipe.stage.StagePlan;
import org.seq4j.recipe.stage.Stages;
import org.seq4j.recipe.tagging.TaggerRecipeSettings;
import org.seq4j.recipe.translation.TranslationRecipeSettings;

/**
 * Keys a recipe accepts but a run would not use are errors naming the recipe, the key's line and
 * why (a {@link BadInputException}: exit code 2 on the command line), so no setting is silently
 * ignored; their defaults stay accepted (resolved recipes list every key).
 */
class SettingScopeTest {
  static final String TAGGING = String.join("\n",
      "name: t",                      // 1
      "task: tagging",                // 2
      "data:",                        // 3
      "  format: conllu",             // 4
      "  dir: d",                     // 5
      "  train: train.conllu",        // 6
      "train:",                       // 7
      "  epochs: 2",                  // 8
      "");

  static final String TRANSLATION = String.join("\n",
      "name: mt",
      "task: translation",
      "data:",
      "  format: parallel",
      "  dir: d",
      "  train: train",
      "  dev: dev",
      "  source_lang: de",
      "  target_lang: en",
      "");

  static Recipe parse(String yaml, String... sets) {
    return RecipeLoaderTest.parse(yaml, sets);
  }

  static String rejected(String yaml, String... sets) {
    RecipeException e = RecipeLoaderTest.fails(yaml, sets);
    assertTrue(e instanceof BadInputException);
    return e.getMessage();
  }

  @Test
  void charFeaturesAreTaggingOnly() {
    String m = rejected(TRANSLATION, "model.char_features=cnn");
    assertTrue(m.startsWith("--set model.char_features=cnn: "), m);
    assertTrue(m.contains("model.char_features applies only to task tagging"), m);
    m = rejected(TRANSLATION, "model.char_dim=10");
    assertTrue(m.contains("model.char_dim applies only to task tagging with model.char_features cnn|lstm"), m);
    parse(TAGGING, "model.char_features=cnn", "model.char_dim=10");
  }

  @Test
  void word2vecKeysNeedWord2vec() {
    for (String key : List.of("window=3", "min_count=2", "epochs=9")) {
      String m = rejected(TAGGING, "stages=[prepare,embed,train]", "embed.method=pretrained", "embed.file=v.vec",
          "embed." + key);
      String name = key.substring(0, key.indexOf('='));
      assertTrue(m.contains("embed." + name + " applies only to embed.method word2vec"), m);
    }
    assertEquals(3, parse(TAGGING, "embed.method=word2vec", "embed.window=3").embed().window());
  }

  @Test
  void embeddingsAreTaggingOnly() {
    RecipeException e = assertThrows(RecipeException.class,
        () -> parse(TRANSLATION + "embed:\n  method: word2vec\n"));
    assertEquals("r.yaml", e.source());
    assertEquals(11, e.line());
    assertTrue(e.getMessage().contains("embed.method applies only to task tagging"), e.getMessage());
  }

  @Test
  void groupByNeedsAHeldOutSplit() {
    String m = rejected(TRANSLATION, "data.split.group_by=none");
    assertTrue(m.contains("data.split.group_by applies only to a held-out split of train"), m);
    parse(TRANSLATION, "data.split.test=0.1", "data.split.group_by=none");
  }

  @Test
  void devSettingsOfTaggingNeedADevSplit() {
    RecipeException e = assertThrows(RecipeException.class, () -> parse(TAGGING + "  patience: 2\n"));
    assertEquals(9, e.line());
    assertTrue(e.getMessage().contains("train.patience applies only to recipes with a dev split"), e.getMessage());
    assertTrue(rejected(TAGGING, "train.dev_metric=accuracy").contains("train.dev_metric applies only to recipes"));
    String m = rejected(TAGGING, "train.lr_schedule=plateau", "train.lr_decay=0.5");
    assertTrue(m.contains("train.lr_schedule plateau decays when the dev score stops improving"), m);
    parse(TAGGING, "data.dev=dev.conllu", "train.patience=2", "train.dev_metric=accuracy",
        "train.lr_schedule=plateau", "train.lr_decay=0.5");
    parse(TAGGING, "data.split.dev=0.1", "train.patience=2");
    parse(TAGGING, "train.lr_schedule=exponential", "train.lr_decay=0.5");
  }

  @Test
  void evaluatedSplitsMustExistUnlessDefault() {
    String m = rejected(TAGGING, "evaluate.splits=[test]");
    assertTrue(m.contains("evaluate.splits names test but the recipe has no test split"), m);
    parse(TAGGING, "evaluate.splits=[dev,test]");
    parse(TAGGING, "evaluate.splits=[train]");
    parse(TAGGING, "data.split.test=0.2", "evaluate.splits=[test]");
  }

  @Test
  void bucketPoolReachesBothTrainers() {
    int pool = 64;
    Recipe translation = parse(TRANSLATION, "prepare.bucket_pool=" + pool);
    StagePlan.check(translation, Stages.all());
    List<SentencePair> train = List.of(new SentencePair("a b", "x y"));
    assertEquals(pool, TranslationRecipeSettings.trainingOptions(translation, train, 1).bucketPool());
    assertEquals(BatchingOptions.DEFAULT_POOL_SIZE,
        TranslationRecipeSettings.trainingOptions(parse(TRANSLATION), train, 1).bucketPool());

    Recipe tagging = parse(TAGGING, "prepare.bucket_pool=" + pool);
    StagePlan.check(tagging, Stages.all());
    assertEquals(pool, TaggerRecipeSettings.trainingOptions(tagging).bucketPool());
    assertEquals(BatchingOptions.DEFAULT_POOL_SIZE, TaggerRecipeSettings.trainingOptions(parse(TAGGING)).bucketPool());
  }

  @Test
  void resolvedRecipesStillLoad() {
    for (Recipe r : List.of(parse(TAGGING, "data.dev=dev.conllu", "train.patience=1"), parse(TRANSLATION))) {
      Recipe again = RecipeLoader.parse(RecipeYaml.write(r), "recipe.resolved.yaml", List.of());
      assertEquals(r.train(), again.train());
      assertEquals(r.embed(), again.embed());
    }
  }
}
