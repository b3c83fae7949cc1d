package org.seq4j.recipe.tagging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seq4j.corpus.io.conllu.ConllUReader;
import org.seq4j.corpus.io.conllu.ConllURow;
import org.seq4j.corpus.io.conllu.ConllUSentence;
import org.seq4j.recipe.Recipe;
import org.seq4j.recipe.RecipeLoader;
import org.seq4j.recipe.prepare.ProgressReporter;
import org.seq4j.recipe.run.RecipeRunner;
import org.seq4j.tagger.Tagger;

/** recipes/quickstart.yaml runs every stage and learns to tag better than the majority tag. */
class QuickstartRecipeIT {
  static final ObjectMapper JSON = new ObjectMapper();
  /** Points (of 100) the tagger must beat the majority-tag baseline by: it must have learned. */
  static final double MIN_GAIN_OVER_BASELINE = 30.0;

  static Path workDir() {
    return Path.of(System.getProperty("seq4j.corpora", "../../corpora")).toAbsolutePath().normalize().getParent();
  }

  @Test
  void runsAllStagesAndLearns(@TempDir Path tmp) throws Exception {
    Path work = workDir();
    Path sample = work.resolve("corpora/samples/pos-sample");
    assumeTrue(Files.isDirectory(sample), "corpora/samples/pos-sample not found under " + work);
    Recipe recipe = RecipeLoader.load(work.resolve("recipes/quickstart.yaml"), List.of());
    Path run = tmp.resolve("run");
    new RecipeRunner(work, Clock.systemUTC(), ProgressReporter.NONE).run(recipe, Optional.of(run));

    for (String file : List.of("model.zip", "metrics.jsonl", "report.json", "report.md",
        "report.html", "train.log", "predictions/dev.conllu", "predictions/test.conllu")) {
      assertTrue(Files.isRegularFile(run.resolve(file)), file);
    }
    Tagger tagger = Tagger.load(run.resolve("model.zip"));
    assertEquals(3, tagger.tag(List.of("The", "zorblax", "slept")).size());
    assertEquals(List.of(), tagger.tag(List.of()));

    List<ConllUSentence> gold = ConllUReader.readAll(sample.resolve("test.conllu"));
    List<ConllUSentence> predicted = ConllUReader.readAll(run.resolve("predictions/test.conllu"));
    assertEquals(gold.size(), predicted.size());
    for (int i = 0; i < gold.size(); i++) {
      assertEquals(gold.get(i).comments(), predicted.get(i).comments());
      assertEquals(gold.get(i).forms(), predicted.get(i).forms());
      assertEquals(withoutUpos(gold.get(i)), withoutUpos(predicted.get(i)), "only UPOS may change");
    }

    JsonNode report = JSON.readTree(run.resolve("report.json").toFile());
    double accuracy = report.at("/metrics/test/accuracy").asDouble();
    double baseline = majorityTagAccuracy(ConllUReader.readAll(sample.resolve("train.conllu")), gold);
    assertTrue(accuracy >= baseline + MIN_GAIN_OVER_BASELINE,
        "test accuracy " + accuracy + " vs majority-tag baseline " + baseline);
    assertEquals(accuracy, recomputedAccuracy(gold, predicted), 1e-9);
    assertTrue(report.at("/metrics/dev/accuracy").isNumber());
    assertTrue(report.at("/timing/tokens_per_second/train").asDouble() > 0);
    assertTrue(report.at("/metrics/test/unknown_accuracy").isNumber(), "test has words train lacks");
    assertTrue(report.at("/label_tables").size() >= 2, "per-tag tables for dev and test");
    assertTrue(report.at("/confusion_matrices").size() >= 2);
    assertTrue(report.at("/samples/best").size() > 0);
    assertTrue(report.at("/learning_curve/points").size() > 0);
    long epochLines = Files.readAllLines(run.resolve("train.log")).stream().filter(l -> l.contains("train: epoch ")).count();
    assertEquals(Files.readAllLines(run.resolve("metrics.jsonl")).size(), epochLines);
    assertTrue(Files.readString(run.resolve("report.md")).contains("accuracy"));

    // Same recipe, same seed: same predictions.
    Path again = tmp.resolve("again");
    new RecipeRunner(work, Clock.systemUTC(), ProgressReporter.NONE).run(recipe, Optional.of(again));
    assertEquals(Files.readString(run.resolve("predictions/test.conllu")),
        Files.readString(again.resolve("predictions/test.conllu")));
    assertEquals(accuracy, JSON.readTree(again.resolve("report.json").toFile()).at("/metrics/test/accuracy").asDouble());
  }

  private static List<String> withoutUpos(ConllUSentence s) {
    return s.rows().stream().map(r -> r.withTag(org.seq4j.corpus.io.conllu.ConllUTagColumn.UPOS, "_"))
        .map(ConllURow::toLine).toList();
  }

  /** Accuracy of tagging every test word with train's most frequent UPOS. */
  static double majorityTagAccuracy(List<ConllUSentence> train, List<ConllUSentence> test) {
    Map<String, Integer> counts = new HashMap<>();
    train.forEach(s -> s.words().forEach(w -> counts.merge(w.upos(), 1, Integer::sum)));
    String majority = counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    long total = 0;
    long correct = 0;
    for (ConllUSentence s : test) {
      for (ConllURow w : s.words()) {
        total++;
        correct += w.upos().equals(majority) ? 1 : 0;
      }
    }
    return 100.0 * correct / total;
  }

  private static double recomputedAccuracy(List<ConllUSentence> gold, List<ConllUSentence> predicted) {
    long total = 0;
    long correct = 0;
    for (int i = 0; i < gold.size(); i++) {
      List<ConllURow> g = gold.get(i).words();
      List<ConllURow> p = predicted.get(i).words();
      for (int j = 0; j < g.size(); j++) {
        total++;
        correct += g.get(j).upos().equals(p.get(j).upos()) ? 1 : 0;
      }
    }
    return 100.0 * correct / total;
  }
}
