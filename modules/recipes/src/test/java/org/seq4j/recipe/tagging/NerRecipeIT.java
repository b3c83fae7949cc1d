package org.seq4j.recipe.tagging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seq4j.corpus.io.conll.ConllColumnFormat;
import org.seq4j.corpus.io.conll.ConllReader;
import org.seq4j.corpus.io.conll.ConllSentence;
import org.seq4j.recipe.Recipe;
import org.seq4j.recipe.RecipeLoader;
import org.seq4j.recipe.prepare.ProgressReporter;
import org.seq4j.recipe.run.RecipeRunner;

/**
 * A CRF tagger learns entities of a small synthetic CoNLL task through the recipe stages: IOB2
 * files, trained in BIOES, scored (and written) in IOB2.
 */
class NerRecipeIT {
  static final ObjectMapper JSON = new ObjectMapper();
  static final long DATA_SEED = 11;
  static final int TRAIN_SENTENCES = 300;
  static final int HELD_OUT_SENTENCES = 60;
  /** Entity F1 the tagger must reach on the synthetic test set. */
  static final double MIN_TEST_F1 = 80.0;

  static final String[] FIRST = {"Anna", "Peter", "Maria", "John", "Lena", "Omar", "Yuki", "Carlos", "Ingrid", "Ravi"};
  static final String[] LAST = {"Smith", "Novak", "Garcia", "Tanaka", "Berg", "Okafor", "Rossi", "Kim"};
  static final String[] PLACES = {"Paris", "Lagos", "Oslo", "Lima", "Hanoi", "Quebec", "Nairobi", "Porto"};
  static final String[] VERBS = {"visited", "left", "loves", "described", "reached", "remembers"};
  static final String[] OPENERS = {"yesterday", "today", "we", "they", "the", "so", "then"};

  /** One sentence: opener, person (1-2 words), verb, optional "the city of", place, full stop. */
  static String sentence(Random random) {
    StringBuilder s = new StringBuilder();
    s.append(OPENERS[random.nextInt(OPENERS.length)]).append("\tO\n");
    s.append(FIRST[random.nextInt(FIRST.length)]).append("\tB-PER\n");
    if (random.nextBoolean()) {
      s.append(LAST[random.nextInt(LAST.length)]).append("\tI-PER\n");
    }
    s.append(VERBS[random.nextInt(VERBS.length)]).append("\tO\n");
    if (random.nextBoolean()) {
      s.append("the\tO\ncity\tO\nof\tO\n");
    }
    s.append(PLACES[random.nextInt(PLACES.length)]).append("\tB-LOC\n");
    return s.append(".\tO\n\n").toString();
  }

  static void write(Path file, int sentences, Random random) throws Exception {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < sentences; i++) {
      out.append(sentence(random));
    }
    Files.writeString(file, out.toString());
  }

  @Test
  void crfTaggerLearnsEntities(@TempDir Path tmp) throws Exception {
    Path data = Files.createDirectories(tmp.resolve("data"));
    Random random = new Random(DATA_SEED);
    write(data.resolve("train.conll"), TRAIN_SENTENCES, random);
    write(data.resolve("dev.conll"), HELD_OUT_SENTENCES, random);
    write(data.resolve("test.conll"), HELD_OUT_SENTENCES, random);
    Recipe recipe = RecipeLoader.fromOverrides("ner-test", List.of("name=ner", "seed=3", "task=tagging",
        "stages=[prepare,train,evaluate,report]", "data.format=conll", "data.dir=" + data,
        "data.train=train.conll", "data.dev=dev.conll", "data.test=test.conll", "data.scheme=iob2",
        "data.convert_to=bioes", "model.embedding_dim=16", "model.char_features=cnn", "model.char_dim=8",
        "model.char_filters=16", "model.output=crf", "model.dropout=0.1", "model.encoder.hidden=24",
        "train.lr=0.01", "train.epochs=6", "train.batch=16", "train.patience=3", "report.formats=[md]"));
    Path run = tmp.resolve("run");
    new RecipeRunner(tmp, Clock.systemUTC(), ProgressReporter.NONE).run(recipe, Optional.of(run));

    JsonNode metrics = JSON.readTree(run.resolve("report.json").toFile()).get("metrics");
    double f1 = metrics.at("/test/f1").asDouble();
    assertTrue(f1 >= MIN_TEST_F1, "test F1 " + f1 + " in " + metrics);
    assertTrue(metrics.at("/test/precision").isNumber() && metrics.at("/test/recall").isNumber());
    assertTrue(metrics.at("/dev/f1").isNumber());

    ConllColumnFormat format = ConllColumnFormat.CONLL2003.withColumns(0, 1);
    List<ConllSentence> gold = ConllReader.readAll(data.resolve("test.conll"), format);
    List<ConllSentence> predicted = ConllReader.readAll(run.resolve("predictions/test.conll"), format);
    assertEquals(gold.size(), predicted.size());
    List<String> tags = new ArrayList<>();
    for (int i = 0; i < gold.size(); i++) {
      assertEquals(gold.get(i).words(format), predicted.get(i).words(format));
      tags.addAll(predicted.get(i).column(1));
    }
    assertTrue(tags.stream().allMatch(t -> t.equals("O") || t.startsWith("B-") || t.startsWith("I-")),
        "predictions are written in the file's IOB2 scheme: " + tags);
    JsonNode tables = JSON.readTree(run.resolve("report.json").toFile()).get("label_tables");
    assertTrue(tables.toString().contains("entities per type") && tables.toString().contains("\"PER\""), tables.toString());
  }
}
