package org.seq4j.recipe.translation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seq4j.recipe.Recipe;
import org.seq4j.recipe.RecipeLoader;
import org.seq4j.recipe.section.Split;

class PredictionFilesTest {

  private static Recipe recipe(String extra) {
    return RecipeLoader.parse("name: t\ntask: translation\ndata:\n  format: toy\n" + extra, "t.yaml", List.of());
  }

  @Test
  void filesAreNamedBySplitAndTargetLanguage(@TempDir Path run) {
    assertEquals(run.resolve("predictions/test.tgt"), PredictionFiles.hypotheses(run, recipe(""), Split.TEST));
    Recipe fr = recipe("  target_lang: fr\n");
    assertEquals(run.resolve("predictions/dev.fr"), PredictionFiles.hypotheses(run, fr, Split.DEV));
    assertEquals(run.resolve("predictions/dev.fr.nbest"), PredictionFiles.nBest(run, fr, Split.DEV));
  }

  @Test
  void oneLinePerHypothesisEmptyOnesIncluded(@TempDir Path run) throws Exception {
    Path file = run.resolve("predictions/test.en");
    PredictionFiles.writeLines(file, List.of("a b", "", "c\nd"));
    assertEquals("a b\n\nc d\n", Files.readString(file));
  }

  @Test
  void nBestListsUseTheMosesFormat(@TempDir Path run) throws Exception {
    Path file = run.resolve("test.en.nbest");
    PredictionFiles.writeNBest(file, List.of(
        List.of(new PredictionFiles.ScoredText("a b", -0.5), new PredictionFiles.ScoredText("a", -1.25)),
        List.of(new PredictionFiles.ScoredText("", 0.0))));
    assertEquals("0 ||| a b ||| -0.5\n0 ||| a ||| -1.25\n1 |||  ||| 0.0\n", Files.readString(file));
  }
}
