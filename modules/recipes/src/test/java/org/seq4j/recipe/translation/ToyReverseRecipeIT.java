package org.seq4j.recipe.translation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seq4j.corpus.io.Utf8LineReader;
import org.seq4j.eval.report.ReportJson;
import org.seq4j.recipe.Recipe;
import org.seq4j.recipe.RecipeLoader;
import org.seq4j.recipe.prepare.PreparedTranslationFiles;
import org.seq4j.recipe.prepare.ProgressReporter;
import org.seq4j.recipe.run.RecipeRunner;
import org.seq4j.recipe.section.Split;
import org.seq4j.recipe.stage.TaskStages;
import org.seq4j.seq2seq.Translator;

/**
 * Runs the shipped recipes/toy-reverse.yaml end to end (prepare → train → evaluate → report) and
 * checks the model learned to reverse integer sequences of length up to 25: test exact match of at
 * least 95%, as the issue asks, a model.zip that loads through the public API and predicts the same
 * as the written predictions, and one prediction line per test line.
 */
class ToyReverseRecipeIT {
  private static final Path RECIPE = Path.of("../../recipes/toy-reverse.yaml");
  private static final double REQUIRED_EXACT_MATCH = 95.0;
  private static final int CHECKED_SENTENCES = 20;

  @Test
  void toyReverseRecipeLearnsToReverse(@TempDir Path tmp) throws Exception {
    Recipe recipe = RecipeLoader.load(RECIPE, List.of());
    Path run = tmp.resolve("run");
    new RecipeRunner(Path.of("../.."), Clock.systemUTC(), ProgressReporter.NONE).run(recipe, Optional.of(run));

    JsonNode report = new ObjectMapper().readTree(run.resolve(ReportJson.FILE_NAME).toFile());
    double exactMatch = report.at("/metrics/test/exact_match").asDouble(-1);
    assertTrue(exactMatch >= REQUIRED_EXACT_MATCH, "test exact match " + exactMatch);
    assertTrue(report.at("/metrics/test/bleu").asDouble(-1) >= exactMatch - 1, report.at("/metrics").toString());
    assertTrue(report.at("/signatures/bleu").asText().contains("case:lc|eff:no|tok:13a"), report.toString());
    assertTrue(report.at("/timing/tokens_per_second/train").asDouble() > 0, report.at("/timing").toString());
    assertTrue(report.at("/learning_curve/points").size() >= 1);
    assertTrue(Files.exists(run.resolve("report.html")));

    Path prepared = run.resolve(RecipeRunner.PREPARED_DIR);
    List<String> sources = Utf8LineReader.readAllLines(PreparedTranslationFiles.rawSource(prepared, Split.TEST));
    List<String> predictions = Utf8LineReader.readAllLines(run.resolve(TaskStages.PREDICTIONS_DIR).resolve("test.tgt"));
    assertEquals(recipe.data().toy().test(), sources.size());
    assertEquals(sources.size(), predictions.size());

    Translator loaded = Translator.load(run.resolve(TaskStages.MODEL_FILE));
    List<String> some = sources.subList(0, CHECKED_SENTENCES);
    assertEquals(predictions.subList(0, CHECKED_SENTENCES), loaded.translateAll(some));
    assertEquals("", loaded.translate(""));
  }
}
