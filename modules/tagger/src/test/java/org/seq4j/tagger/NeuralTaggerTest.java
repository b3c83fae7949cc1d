package org.seq4j.tagger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seq4j.corpus.BadInputException;
import org.seq4j.corpus.TaggedSentence;
import org.seq4j.nn.backend.NativeBackend;
import org.seq4j.nn.model.ModelWriter;
import org.seq4j.tagger.model.TaggerConfig;
import org.seq4j.tagger.model.TaggerNetwork;
import org.seq4j.tagger.model.TaggerVocabularies;

/**
 * Inference contracts on small untrained networks (training is covered by TaggerTrainerIT):
 * shapes, order, empty and unseen input, save/load, thread safety, immutability.
 */
class NeuralTaggerTest {

  private static final long SEED = 5L;
  private static final int THREADS = 4;
  private static final Map<String, Object> TINY = Map.of("embedding_dim", 6, "char_dim", 4, "char_filters", 5,
      "char_hidden", 3, "hidden", 7);

  @BeforeAll
  static void backend() {
    NativeBackend.configureFromEnvironment();
  }

  private static NeuralTagger tagger(Map<String, Object> settings) {
    List<TaggedSentence> train = SyntheticTaggingTasks.entities(30, SEED);
    TaggerConfig config = TaggerConfig.defaults().with(TINY).with(settings);
    TaggerVocabularies vocabularies = TaggerVocabularies.build(train, 1, config);
    return new NeuralTagger(config, vocabularies, TaggerNetwork.create(config, vocabularies, null, SEED));
  }

  private static List<List<String>> sentences() {
    List<List<String>> sentences = new ArrayList<>();
    for (TaggedSentence s : SyntheticTaggingTasks.entities(25, SEED + 1)) {
      sentences.add(s.words());
    }
    sentences.add(2, List.of());
    return sentences;
  }

  @Test
  void tagAllKeepsOrderAndAgreesWithTagForEveryArchitecture() {
    for (Map<String, Object> settings : List.of(Map.<String, Object>of(), Map.<String, Object>of("output", "crf"),
        Map.<String, Object>of("char_features", "lstm", "cell", "gru"),
        Map.<String, Object>of("char_features", "none", "cell", "rnn", "layers", 2, "output", "crf"))) {
      NeuralTagger tagger = tagger(settings);
      List<List<String>> sentences = sentences();
      List<List<String>> all = tagger.tagAll(sentences);
      assertEquals(sentences.size(), all.size());
      for (int i = 0; i < sentences.size(); i++) {
        assertEquals(sentences.get(i).size(), all.get(i).size());
        assertEquals(tagger.tag(sentences.get(i)), all.get(i), "sentence " + i + " with " + settings);
        assertTrue(tagger.tags().containsAll(all.get(i)));
      }
    }
  }

  @Test
  void oddTokensAreTaggedNotRejected() {
    for (Map<String, Object> settings : List.of(Map.<String, Object>of(), Map.<String, Object>of("char_features", "lstm"))) {
      NeuralTagger tagger = tagger(settings);
      List<String> odd = List.of("", " ", "\u00A0", "😀😀", "x".repeat(500), "<unk>", "<pad>");
      assertEquals(odd.size(), tagger.tag(odd).size(), settings.toString());
      assertEquals(List.of(), tagger.tag(List.of()));
      assertEquals(List.of(List.of(), List.of()), tagger.tagAll(List.of(List.of(), List.of())));
      assertEquals(List.of(), tagger.tagAll(List.of()));
    }
  }

  @Test
  void resultsAreImmutableAndInputsUntouched() {
    NeuralTagger tagger = tagger(Map.of());
    List<String> input = new ArrayList<>(List.of("mr", "xyz", "went"));
    List<String> copy = List.copyOf(input);
    List<String> tags = tagger.tag(input);
    assertEquals(copy, input);
    assertThrows(UnsupportedOperationException.class, () -> tags.set(0, "O"));
    assertThrows(UnsupportedOperationException.class, () -> tagger.tagAll(List.of(input)).clear());
  }

  @Test
  void saveThenLoadPredictsTheSame(@TempDir Path dir) throws IOException {
    NeuralTagger tagger = tagger(Map.of("output", "crf", "char_features", "lstm", "lowercase_words", true));
    Path file = dir.resolve("model.zip");
    tagger.save(file, Map.of("seed", SEED));
    Tagger loaded = Tagger.load(file);
    assertEquals(tagger.tags(), loaded.tags());
    assertEquals(tagger.tagAll(sentences()), loaded.tagAll(sentences()));
    assertEquals(tagger.config(), ((NeuralTagger) loaded).config());
  }

  @Test
  void loadingSomethingElseFailsClearly(@TempDir Path dir) throws IOException {
    Path other = dir.resolve("seq2seq.zip");
    ModelWriter.of("seq2seq").write(other);
    BadInputException kind = assertThrows(BadInputException.class, () -> Tagger.load(other));
    assertTrue(kind.getMessage().contains("tagger"), kind.getMessage());
    Path text = Files.writeString(dir.resolve("notes.txt"), "hello");
    assertThrows(BadInputException.class, () -> Tagger.load(text));
    assertThrows(BadInputException.class, () -> Tagger.load(dir.resolve("missing.zip")));
  }

  @Test
  void concurrentCallersGetTheSameResultsAsOneCaller() throws Exception {
    NeuralTagger tagger = tagger(Map.of("output", "crf"));
    List<List<String>> sentences = sentences();
    List<List<String>> expected = tagger.tagAll(sentences);
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<List<List<String>>>> futures = new ArrayList<>();
      for (int t = 0; t < THREADS * 2; t++) {
        futures.add(pool.submit(() -> tagger.tagAll(sentences)));
      }
      for (Future<List<List<String>>> future : futures) {
        assertEquals(expected, future.get());
      }
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void batchingAndThreadsNeverChangeATag() {
    for (Map<String, Object> settings : List.of(Map.<String, Object>of(), Map.<String, Object>of("output", "crf"),
        Map.<String, Object>of("char_features", "lstm"))) {
      NeuralTagger tagger = tagger(settings);
      List<List<String>> sentences = new ArrayList<>(sentences());
      sentences.add(List.of("x".repeat(40), "mr", "y".repeat(25)));
      List<String> longSentence = new ArrayList<>();
      for (int i = 0; i < 120; i++) {
        longSentence.add(i % 7 == 0 ? "mr" : "w" + i);
      }
      sentences.add(longSentence);
      List<List<String>> oneByOne = new ArrayList<>();
      for (List<String> sentence : sentences) {
        oneByOne.add(tagger.tag(sentence));
      }
      for (InferenceSettings inference : List.of(new InferenceSettings(1, 1), new InferenceSettings(16, 3),
          new InferenceSettings(64, 2), new InferenceSettings(100_000, 1), InferenceSettings.defaults())) {
        assertEquals(oneByOne, tagger.withInference(inference).tagAll(sentences), inference + " " + settings);
      }
    }
  }

  @Test
  void loadKeepsTheManifest(@TempDir Path dir) throws IOException {
    NeuralTagger tagger = tagger(Map.of());
    Path file = dir.resolve("model.zip");
    tagger.save(file, Map.of(NeuralTagger.MANIFEST_TAG_COLUMN, "xpos", "seed", SEED));
    NeuralTagger loaded = NeuralTagger.load(file);
    assertEquals("xpos", loaded.manifest().get(NeuralTagger.MANIFEST_TAG_COLUMN));
    assertEquals(Map.of(), tagger.manifest());
    assertThrows(UnsupportedOperationException.class, () -> loaded.manifest().clear());
  }
}
