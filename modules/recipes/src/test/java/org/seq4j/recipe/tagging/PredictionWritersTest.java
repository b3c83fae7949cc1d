package org.seq4j.recipe.tagging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seq4j.corpus.tags.TagScheme;
import org.seq4j.recipe.Recipe;
import org.seq4j.recipe.RecipeLoader;
import org.seq4j.recipe.section.Split;

/** Gold splits read the original files, and predictions come back in the same format. */
class PredictionWritersTest {

  static final String CONLLU = """
      # sent_id = a-1
      # text = I don't know.
      1\tI\tI\tPRON\tPRP\t_\t3\tnsubj\t_\t_
      2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_
      2\tdo\tdo\tAUX\tVBP\t_\t3\taux\t_\t_
      3\tn't\tnot\tPART\tRB\t_\t0\troot\t_\t_
      4\tknow\tknow\tVERB\tVB\t_\t3\txcomp\t_\tSpaceAfter=No
      5\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_

      # sent_id = a-2
      1\tYes\tyes\tINTJ\tUH\t_\t0\troot\t_\t_

      """;

  /** CoNLL-2003 style: four columns, IOB1 tags, document starts (one document is empty). */
  static final String CONLL = """
      -DOCSTART- -X- -X- O

      EU NNP B-NP I-ORG
      rejects VBZ B-VP O
      German JJ B-NP I-MISC
      call NN I-NP O

      -DOCSTART- -X- -X- O

      -DOCSTART- -X- -X- O

      Peter NNP B-NP I-PER
      Blackburn NNP I-NP I-PER
      John NNP I-NP B-PER

      """;

  static Recipe recipe(Path dir, String... sets) {
    List<String> all = new ArrayList<>(List.of("name=t", "task=tagging", "data.dir=" + dir, "data.train=train",
        "data.test=test", "stages=[prepare,train,evaluate]"));
    all.addAll(List.of(sets));
    return RecipeLoader.fromOverrides("test", all);
  }

  @Test
  void conlluPredictionsReplaceOnlyTheTagColumn(@TempDir Path tmp) throws Exception {
    Files.writeString(tmp.resolve("train"), CONLLU);
    Files.writeString(tmp.resolve("test"), CONLLU);
    Recipe recipe = recipe(tmp, "data.format=conllu", "data.column=xpos");
    GoldSplit gold = GoldSplits.open(recipe, tmp, tmp.resolve("run"), Split.TEST).orElseThrow();
    assertEquals(List.of("a-1", "a-2"), gold.ids());
    assertEquals(List.of(List.of("I", "do", "n't", "know", "."), List.of("Yes")), gold.words());
    assertEquals(List.of("PRP", "VBP", "RB", "VB", "."), gold.gold().get(0));
    assertTrue(gold.declaredScheme().isEmpty());

    Path same = tmp.resolve("same.conllu");
    gold.writer().write(same, gold.gold());
    assertEquals(CONLLU, Files.readString(same), "gold tags written back give the input byte for byte");

    Path changed = tmp.resolve("changed.conllu");
    gold.writer().write(changed, List.of(List.of("A", "B", "C", "D", "E"), List.of("F")));
    String text = Files.readString(changed);
    assertTrue(text.contains("1\tI\tI\tPRON\tA\t_\t3\tnsubj\t_\t_\n"), text);
    assertTrue(text.contains("2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n"), "multiword token kept");
    assertTrue(text.contains("4\tknow\tknow\tVERB\tD\t_\t3\txcomp\t_\tSpaceAfter=No\n"));
    assertTrue(text.startsWith("# sent_id = a-1\n# text = I don't know.\n"));
    assertEquals("conllu", gold.writer().extension());
    assertThrows(IllegalArgumentException.class, () -> gold.writer().write(tmp.resolve("x"), List.of(List.of("A"))));
  }

  @Test
  void conllPredictionsKeepDocumentsColumnsAndTheFileScheme(@TempDir Path tmp) throws Exception {
    Files.writeString(tmp.resolve("train"), CONLL);
    Files.writeString(tmp.resolve("test"), CONLL);
    Recipe recipe = recipe(tmp, "data.format=conll", "data.tag_column=3", "data.scheme=iob1", "data.convert_to=bioes");
    GoldSplit gold = GoldSplits.open(recipe, tmp, tmp.resolve("run"), Split.TEST).orElseThrow();
    assertEquals(3, gold.size(), "two sentences and the empty document's carrier");
    assertEquals(List.of(), gold.words().get(1));
    assertEquals(List.of("Peter", "Blackburn", "John"), gold.words().get(2));
    assertEquals(Optional.of(TagScheme.IOB1), gold.declaredScheme());

    // The model predicts BIOES; written predictions are IOB1 like the file.
    List<List<String>> modelTags = List.of(List.of("S-ORG", "O", "S-MISC", "O"), List.of(),
        List.of("B-PER", "E-PER", "S-PER"));
    List<List<String>> fileTags = modelTags.stream().map(gold.toFileScheme()).toList();
    assertEquals(gold.gold(), fileTags);
    Path out = tmp.resolve("pred.conll");
    gold.writer().write(out, fileTags);
    assertEquals(CONLL, Files.readString(out), "gold predictions reproduce the input byte for byte");

    gold.writer().write(out, List.of(List.of("O", "O", "O", "O"), List.of(), List.of("I-LOC", "I-LOC", "I-LOC")));
    String text = Files.readString(out);
    assertTrue(text.contains("EU NNP B-NP O\n"), text);
    assertTrue(text.contains("Peter NNP B-NP I-LOC\n"), text);
    assertEquals(3, text.split("-DOCSTART-", -1).length - 1, "every document start kept");
    assertEquals("conll", gold.writer().extension());
  }

  @Test
  void scoresAreConllevalsInTheFileScheme(@TempDir Path tmp) throws Exception {
    Files.writeString(tmp.resolve("train"), CONLL);
    Files.writeString(tmp.resolve("test"), CONLL);
    Recipe recipe = recipe(tmp, "data.format=conll", "data.tag_column=3", "data.scheme=iob1");
    GoldSplit gold = GoldSplits.open(recipe, tmp, tmp.resolve("run"), Split.TEST).orElseThrow();
    // Gold: ORG, MISC, PER(Peter Blackburn), PER(John). Predicted: ORG right, MISC missed, one PER
    // span covering all three names (wrong), so 1 of 2 found is correct, 1 of 4 gold is found.
    List<List<String>> predicted = List.of(List.of("I-ORG", "O", "O", "O"), List.of(),
        List.of("I-PER", "I-PER", "I-PER"));
    TaggingScores scores = TaggingScores.of(gold, predicted, java.util.Set.of());
    var entities = scores.evaluation().conlleval().orElseThrow().entities();
    assertEquals(50.0, entities.precision(), 1e-9);
    assertEquals(25.0, entities.recall(), 1e-9);
    assertEquals(100.0 * 2 * 0.5 * 0.25 / 0.75, entities.f1(), 1e-9);
    assertEquals(100.0 * 5 / 7, scores.evaluation().accuracy().accuracy(), 1e-9);
    assertEquals(2, scores.sentences().rows().size(), "the empty carrier has no sentence score");
  }
}
