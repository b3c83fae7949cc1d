package org.seq4j.recipe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seq4j.recipe.section.DataSection;
import org.seq4j.recipe.section.ModelSection;
import org.seq4j.recipe.section.Task;
import org.seq4j.recipe.stage.StageName;

class RecipeLoaderTest {
  static final String TAGGING =
      String.join("\n",
          "name: t",                      // 1
          "task: tagging",                // 2
          "data:",                        // 3
          "  format: conllu",             // 4
          "  dir: corpora/x",             // 5
          "  train: train.conllu",        // 6
          "model:",                       // 7
          "  encoder:",                   // 8
          "    cell: gru",                // 9
          "train:",                       // 10
          "  epochs: 3",                  // 11
          "");

  static final String TRANSLATION =
      String.join("\n",
          "name: mt",
          "task: translation",
          "data:",
          "  format: parallel",
          "  dir: d",
          "  train: train",
          "  source_lang: de",
          "  target_lang: en",
          "evaluate:",
          "  beam_size: 4",
          "  n_best: 2",
          "");

  static Recipe parse(String yaml, String... sets) {
    return RecipeLoader.parse(yaml, "r.yaml", List.of(sets));
  }

  static RecipeException fails(String yaml, String... sets) {
    return assertThrows(RecipeException.class, () -> parse(yaml, sets));
  }

  @Test
  void bindsValuesAndDefaults() {
    Recipe r = parse(TAGGING);
    assertEquals("t", r.name());
    assertEquals(Task.TAGGING, r.task());
    assertEquals(Recipe.DEFAULT_SEED, r.seed());
    assertEquals(ModelSection.Cell.GRU, r.model().encoder().cell());
    assertEquals(3, r.train().epochs());
    assertEquals(DataSection.ConlluColumn.UPOS, r.data().column());
    assertTrue(r.data().dev().isEmpty());
    assertEquals(List.of(StageName.PREPARE, StageName.TRAIN, StageName.EVALUATE, StageName.REPORT), r.stages());
  }

  @Test
  void unknownKeyNamesLineAndValidKeys() {
    RecipeException e = fails(TAGGING.replace("    cell: gru", "    celll: gru"));
    assertEquals("r.yaml", e.source());
    assertEquals(9, e.line());
    assertTrue(e.getMessage().contains("unknown key 'celll' in section 'model.encoder'"), e.getMessage());
    assertTrue(e.getMessage().contains("valid keys: cell, layers, hidden, bidirectional"), e.getMessage());
  }

  @Test
  void unknownTopLevelSection() {
    RecipeException e = fails(TAGGING + "trian:\n  epochs: 2\n");
    assertEquals(12, e.line());
    assertTrue(e.getMessage().contains("valid keys: name, seed, task, stages, data, prepare, embed, model, train, evaluate, report"), e.getMessage());
  }

  @Test
  void wrongTypeNamesExpectedType() {
    RecipeException e = fails(TAGGING.replace("epochs: 3", "epochs: three"));
    assertEquals(11, e.line());
    assertEquals("r.yaml:11: Invalid value 'three' for train.epochs: expected an integer >= 1", e.getMessage());
  }

  @Test
  void quotedNumberIsNotAnInteger() {
    assertEquals(11, fails(TAGGING.replace("epochs: 3", "epochs: \"3\"")).line());
  }

  @Test
  void badChoiceListsChoices() {
    RecipeException e = fails(TAGGING.replace("cell: gru", "cell: lstmm"));
    assertEquals("r.yaml:9: Invalid value 'lstmm' for model.encoder.cell: expected lstm|gru|rnn", e.getMessage());
  }

  @Test
  void sectionMustBeMapping() {
    RecipeException e = fails(TAGGING.replace("train:\n  epochs: 3", "train: 3"));
    assertEquals(10, e.line());
  }

  @Test
  void missingRequiredKey() {
    RecipeException e = fails(TAGGING.replace("task: tagging\n", ""));
    assertTrue(e.getMessage().contains("missing required key 'task'"), e.getMessage());
  }

  @Test
  void duplicateKeyIsAnError() {
    RecipeException e = fails(TAGGING + "name: again\n");
    assertEquals(12, e.line());
    assertTrue(e.getMessage().contains("duplicate key 'name'"));
  }

  @Test
  void invalidYamlHasLine() {
    RecipeException e = fails("name: a\ntask: [tagging\n");
    assertTrue(e.getMessage().startsWith("r.yaml:"), e.getMessage());
    assertTrue(e.getMessage().contains("invalid YAML"));
  }

  @Test
  void nBestMustNotExceedBeamSize() {
    assertEquals(2, parse(TRANSLATION).evaluate().nBest());
    RecipeException e = fails(TRANSLATION.replace("n_best: 2", "n_best: 6"));
    assertEquals(11, e.line());
    assertTrue(e.getMessage().contains("evaluate.n_best (6) must be <= evaluate.beam_size (4)"), e.getMessage());
  }

  @Test
  void formatMustMatchTask() {
    RecipeException e = fails(TAGGING.replace("format: conllu", "format: tsv"));
    assertEquals(4, e.line());
    assertTrue(e.getMessage().contains("expected conllu|conll"), e.getMessage());
  }

  @Test
  void keyOfAnotherFormatIsRejected() {
    RecipeException e = fails(TAGGING.replace("  train: train.conllu", "  train: train.conllu\n  tag_column: 3"));
    assertEquals(7, e.line());
    assertTrue(e.getMessage().contains("data.tag_column applies only to data.format conll"), e.getMessage());
  }

  @Test
  void parallelNeedsLanguages() {
    RecipeException e = fails(TRANSLATION.replace("  source_lang: de\n", ""));
    assertTrue(e.getMessage().contains("needs data.source_lang"), e.getMessage());
  }

  @Test
  void crfOnlyForTagging() {
    assertEquals(ModelSection.Output.CRF, parse(TAGGING, "model.output=crf").model().output());
    RecipeException e = fails(TRANSLATION, "model.output=crf");
    assertEquals("--set model.output=crf", e.source());
  }

  @Test
  void dotAttentionNeedsMatchingSizes() {
    RecipeException e = fails(TRANSLATION, "model.attention=dot");
    assertTrue(e.getMessage().contains("model.attention dot needs model.decoder.hidden"), e.getMessage());
    parse(TRANSLATION, "model.attention=dot", "model.encoder.hidden=128");
  }

  @Test
  void overrideCoercesTypes() {
    Recipe r = parse(TAGGING, "train.epochs=7", "train.lr=0.5", "model.encoder.bidirectional=false",
        "stages=[prepare]", "seed=-3", "data.column=xpos", "model.dropout=0");
    assertEquals(7, r.train().epochs());
    assertEquals(0.5, r.train().lr());
    assertEquals(false, r.model().encoder().bidirectional());
    assertEquals(List.of(StageName.PREPARE), r.stages());
    assertEquals(-3, r.seed());
    assertEquals(DataSection.ConlluColumn.XPOS, r.data().column());
    assertEquals(0.0, r.model().dropout());
    assertEquals(List.of(StageName.PREPARE, StageName.TRAIN), parse(TAGGING, "stages=prepare,train").stages());
  }

  @Test
  void overrideOfUnknownPathListsValidKeys() {
    RecipeException e = fails(TAGGING, "model.encoder.celll=gru");
    assertEquals("--set model.encoder.celll=gru: unknown key 'celll' in section 'model.encoder'; "
        + "valid keys: cell, layers, hidden, bidirectional", e.getMessage());
    assertTrue(fails(TAGGING, "modle.cell=gru").getMessage().contains("unknown key 'modle' at the top level"));
    assertTrue(fails(TAGGING, "model=gru").getMessage().contains("'model' is a section"));
    assertTrue(fails(TAGGING, "train.epochs").getMessage().contains("expected key.path=value"));
  }

  @Test
  void overrideWithBadValue() {
    RecipeException e = fails(TAGGING, "train.epochs=0");
    assertEquals("--set train.epochs=0: Invalid value '0' for train.epochs: expected an integer >= 1", e.getMessage());
    assertTrue(fails(TAGGING, "stages=[prepare,train,prepare]").getMessage().contains("stages"));
  }

  @Test
  void overrideReplacesFileValueAndErrorsPointAtIt() {
    assertEquals(ModelSection.Cell.RNN, parse(TAGGING, "model.encoder.cell=rnn").model().encoder().cell());
  }

  @Test
  void stagesMustBeInOrder() {
    RecipeException e = fails(TAGGING + "stages: [train, prepare]\n");
    assertEquals(12, e.line());
    assertTrue(e.getMessage().contains("found train before prepare"), e.getMessage());
  }

  @Test
  void splitFractionOnlyWithoutFile() {
    RecipeException e = fails(TAGGING.replace("  train: train.conllu", "  train: train.conllu\n  dev: dev.conllu"),
        "data.split.dev=0.1");
    assertTrue(e.getMessage().contains("data.split.dev must be 0 when data.dev names a file"));
  }

  @Test
  void resolvedTreeRoundTrips() {
    Recipe r = parse(TRANSLATION, "train.epochs=2");
    String yaml = RecipeYaml.write(r);
    Recipe again = RecipeLoader.parse(yaml, "resolved.yaml", List.of());
    assertEquals(r.train(), again.train());
    assertEquals(r.data(), again.data());
    assertEquals(r.stages(), again.stages());
    assertEquals(r.model(), again.model());
  }

  @Test
  void nameMustBeUsableAsDirectoryName() {
    RecipeException e = fails(TAGGING.replace("name: t", "name: ../escape"));
    assertEquals(1, e.line());
    assertTrue(e.getMessage().contains("Invalid value '../escape' for name"), e.getMessage());
  }

  @Test
  void missingRecipeFile(@TempDir Path dir) {
    RecipeException e = assertThrows(RecipeException.class,
        () -> RecipeLoader.load(dir.resolve("nope.yaml"), List.of()));
    assertTrue(e.getMessage().endsWith("recipe file not found"));
  }

  @Test
  void loadsFromFile(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("r.yaml");
    Files.writeString(f, TAGGING);
    assertEquals("t", RecipeLoader.load(f, List.of()).name());
  }
}
