package org.seq4j.recipe.prepare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seq4j.corpus.io.Utf8LineReader;
import org.seq4j.recipe.Recipe;
import org.seq4j.recipe.RecipeException;
import org.seq4j.recipe.RecipeLoader;
import org.seq4j.recipe.RecipeYaml;
import org.seq4j.recipe.section.Split;

/** {@code data.format: toy}: splits generated from the recipe's seed, then prepared like any corpus. */
class ToyCorpusPreparationTest {
  static final String TOY = String.join("\n",
      "name: toy",
      "seed: 7",
      "task: translation",
      "data:",
      "  format: toy",
      "  toy:",
      "    task: reverse",
      "    vocabulary: 12",
      "    min_length: 3",
      "    max_length: 9",
      "    train: 300",
      "    dev: 40",
      "    test: 50",
      "");

  static Recipe recipe(String... sets) {
    return RecipeLoader.parse(TOY, "toy.yaml", List.of(sets));
  }

  static Path prepare(Recipe recipe, Path out) throws Exception {
    CorpusPreparation.prepare(recipe, out, out, ProgressReporter.NONE);
    return out;
  }

  static List<String> lines(Path file) {
    return Utf8LineReader.readAllLines(file);
  }

  @Test
  void generatesSplitsOfTheAskedSizesAndLengths(@TempDir Path tmp) throws Exception {
    Path out = prepare(recipe(), tmp);
    for (Split split : Split.values()) {
      List<String> sources = lines(PreparedTranslationFiles.source(out, split));
      List<String> targets = lines(PreparedTranslationFiles.target(out, split));
      assertEquals(recipe().data().toy().size(split), sources.size(), split.id());
      for (int i = 0; i < sources.size(); i++) {
        List<String> source = Arrays.asList(sources.get(i).split(" "));
        assertTrue(source.size() >= 3 && source.size() <= 9, sources.get(i));
        source.forEach(t -> assertTrue(Integer.parseInt(t) >= 0 && Integer.parseInt(t) < 12, t));
        List<String> reversed = new ArrayList<>(source);
        Collections.reverse(reversed);
        assertEquals(String.join(" ", reversed), targets.get(i));
      }
      assertEquals(sources, lines(PreparedTranslationFiles.rawSource(out, split)));
      assertEquals(targets, lines(PreparedTranslationFiles.rawTarget(out, split)));
    }
  }

  @Test
  void sameSeedSameDataOtherSeedOtherData(@TempDir Path tmp) throws Exception {
    Path a = prepare(recipe(), tmp.resolve("a"));
    Path b = prepare(recipe(), tmp.resolve("b"));
    Path c = prepare(recipe("seed=8"), tmp.resolve("c"));
    for (String file : List.of("train.src", "dev.src", "test.tgt", "vocab.src")) {
      assertEquals(Files.readString(a.resolve(file)), Files.readString(b.resolve(file)), file);
    }
    assertNotEquals(Files.readString(a.resolve("train.src")), Files.readString(c.resolve("train.src")));
    assertNotEquals(Files.readString(a.resolve("train.src")), Files.readString(a.resolve("test.src")));
  }

  @Test
  void changingOneSplitSizeKeepsTheOthers(@TempDir Path tmp) throws Exception {
    Path a = prepare(recipe(), tmp.resolve("a"));
    Path b = prepare(recipe("data.toy.train=100"), tmp.resolve("b"));
    assertEquals(Files.readString(a.resolve("test.src")), Files.readString(b.resolve("test.src")));
    assertEquals(100, lines(b.resolve("train.src")).size());
  }

  @Test
  void sortAndCopyTasks(@TempDir Path tmp) throws Exception {
    Path sorted = prepare(recipe("data.toy.task=sort"), tmp.resolve("sort"));
    for (String target : lines(sorted.resolve("dev.tgt"))) {
      int[] tokens = Arrays.stream(target.split(" ")).mapToInt(Integer::parseInt).toArray();
      int[] copy = tokens.clone();
      Arrays.sort(copy);
      assertTrue(Arrays.equals(copy, tokens), target);
    }
    Path copied = prepare(recipe("data.toy.task=copy"), tmp.resolve("copy"));
    assertEquals(lines(copied.resolve("test.src")), lines(copied.resolve("test.tgt")));
  }

  @Test
  void resolvedToyRecipeLoadsAgain() {
    Recipe r = recipe();
    Recipe again = RecipeLoader.parse(RecipeYaml.write(r), "recipe.resolved.yaml", List.of());
    assertEquals(r.data(), again.data());
  }

  @Test
  void toyRecipesNeedNoFilesAndRejectFileKeys() {
    assertTrue(DataFiles.resolve(recipe(), Path.of("/nonexistent")).all().isEmpty());
    RecipeException e = assertThrows(RecipeException.class, () -> recipe("data.train=train.txt"));
    assertTrue(e.getMessage().contains("data.train does not apply to data.format toy"), e.getMessage());
    e = assertThrows(RecipeException.class, () -> recipe("data.toy.min_length=10"));
    assertTrue(e.getMessage().contains("data.toy.min_length (10) must be <= data.toy.max_length (9)"), e.getMessage());
    e = assertThrows(RecipeException.class, () -> RecipeLoader.parse(TOY.replace("format: toy", "format: tsv"),
        "toy.yaml", List.of()));
    assertTrue(e.getMessage().contains("applies only to data.format toy"), e.getMessage());
    e = assertThrows(RecipeException.class, () -> RecipeLoader.parse(
        "name: t\ntask: translation\ndata:\n  format: tsv\n", "tsv.yaml", List.of()));
    assertTrue(e.getMessage().contains("missing required key 'data.train'"), e.getMessage());
  }
}
