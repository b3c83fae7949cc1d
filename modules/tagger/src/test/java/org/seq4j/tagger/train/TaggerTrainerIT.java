package org.seq4j.tagger.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seq4j.corpus.TaggedSentence;
import org.seq4j.nn.backend.NativeBackend;
import org.seq4j.nn.train.MetricsLog;
import org.seq4j.tagger.SyntheticTaggingTasks;
import org.seq4j.tagger.Tagger;
import org.seq4j.tagger.model.TaggerConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Real training on small synthetic tasks (see {@link SyntheticTaggingTasks}) that the tagger must
 * learn: softmax with LSTM and GRU encoders on "repeat or first letter", and a BiLSTM-CRF on IOB2
 * entities whose type is only known from the previous tag. Then save → load → same predictions,
 * robustness (empty, unseen characters, longer than anything in training) and determinism.
 */
class TaggerTrainerIT {

  private static final Logger LOG = LoggerFactory.getLogger(TaggerTrainerIT.class);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int TRAIN_SENTENCES = 400;
  private static final int DEV_SENTENCES = 60;
  private static final long TRAIN_DATA_SEED = 11L;
  private static final long DEV_DATA_SEED = 12L;
  /**
   * The repeat task's majority tag is ~56% of tokens; measured with seed 7: GRU 98.0, LSTM 94.8
   * (LSTM plateaus around 95 at this size), so 93 shows learning for both with a margin.
   */
  private static final double REQUIRED_ACCURACY = 93.0;
  private static final double REQUIRED_F1 = 90.0;
  private static final int LONG_SENTENCE = 200;

  /** Small enough to train in seconds on two shared cores. */
  private static final Map<String, Object> SMALL_MODEL = Map.of(
      "embedding_dim", 16, "char_features", "cnn", "char_dim", 8, "char_filters", 16,
      "hidden", 32, "dropout", 0.1);
  /** The repeat task is exact identity comparison: no dropout, and time to converge. */
  private static final Map<String, Object> FAST_TRAINING = Map.of(
      "lr", 0.01, "epochs", 30, "batch", 16, "patience", 6, "seed", 7);

  @BeforeAll
  static void backend() {
    NativeBackend.configureFromEnvironment();
  }

  @Test
  void bilstmSoftmaxLearnsRepeatTask(@TempDir Path dir) throws IOException {
    List<TaggedSentence> train = SyntheticTaggingTasks.repeats(TRAIN_SENTENCES, TRAIN_DATA_SEED);
    List<TaggedSentence> dev = SyntheticTaggingTasks.repeats(DEV_SENTENCES, DEV_DATA_SEED);
    StringWriter metrics = new StringWriter();
    TrainedTagger trained = train(Map.of("cell", "lstm", "dropout", 0.0), FAST_TRAINING, train, dev, new MetricsLog(metrics));

    double accuracy = new DevScorer(trained.tagger().tags()).score(trained.tagger(), dev).get(DevScorer.ACCURACY);
    LOG.info("lstm/softmax dev accuracy {} (best epoch {} of {})", accuracy, trained.result().bestEpoch(),
        trained.result().epochs());
    assertTrue(accuracy >= REQUIRED_ACCURACY, "dev accuracy " + accuracy);
    assertEquals(accuracy, trained.result().bestMetric(), 1e-9, "the kept parameters are the best epoch's");

    List<String> lines = metrics.toString().lines().toList();
    assertEquals(trained.result().epochs(), lines.size());
    JsonNode first = JSON.readTree(lines.get(0));
    assertTrue(first.has("dev_accuracy") && first.has("train_loss") && first.has("tokens_per_s"), lines.get(0));

    Path file = dir.resolve("model.zip");
    trained.tagger().save(file, Map.of("seed", 7));
    Tagger loaded = Tagger.load(file);
    List<List<String>> words = dev.stream().map(TaggedSentence::words).toList();
    assertEquals(trained.tagger().tagAll(words), loaded.tagAll(words));
    assertEquals(trained.tagger().tags(), loaded.tags());
    assertRobust(loaded);
  }

  @Test
  void bigruSoftmaxLearnsRepeatTask() {
    List<TaggedSentence> train = SyntheticTaggingTasks.repeats(TRAIN_SENTENCES, TRAIN_DATA_SEED);
    List<TaggedSentence> dev = SyntheticTaggingTasks.repeats(DEV_SENTENCES, DEV_DATA_SEED);
    TrainedTagger trained = train(Map.of("cell", "gru", "dropout", 0.0), FAST_TRAINING, train, dev, MetricsLog.discard());
    double accuracy = trained.bestDevMetrics().get(DevScorer.ACCURACY);
    LOG.info("gru/softmax dev accuracy {}", accuracy);
    assertTrue(accuracy >= REQUIRED_ACCURACY, "dev accuracy " + accuracy);
  }

  @Test
  void bilstmCrfLearnsEntitiesAndDecodesValidIob2(@TempDir Path dir) throws IOException {
    List<TaggedSentence> train = SyntheticTaggingTasks.entities(TRAIN_SENTENCES, TRAIN_DATA_SEED);
    List<TaggedSentence> dev = SyntheticTaggingTasks.entities(DEV_SENTENCES, DEV_DATA_SEED);
    TrainedTagger trained = train(Map.of("output", "crf", "char_features", "lstm", "char_hidden", 8),
        Map.of("lr", 0.01, "epochs", 20, "batch", 16, "patience", 2, "seed", 7), train, dev, MetricsLog.discard());
    assertEquals(DevScorer.F1, trained.devMetric());
    assertEquals("iob2", trained.tagger().config().constraints().shortName());
    double f1 = trained.bestDevMetrics().get(DevScorer.F1);
    LOG.info("lstm/crf dev entity F1 {}, accuracy {}", f1, trained.bestDevMetrics().get(DevScorer.ACCURACY));
    assertTrue(f1 >= REQUIRED_F1, "dev F1 " + f1);

    List<List<String>> predicted = trained.tagger().tagAll(dev.stream().map(TaggedSentence::words).toList());
    for (List<String> tags : predicted) {
      for (int i = 0; i < tags.size(); i++) {
        if (tags.get(i).startsWith("I-")) {
          String type = tags.get(i).substring(2);
          String previous = i == 0 ? "O" : tags.get(i - 1);
          assertTrue(previous.equals("B-" + type) || previous.equals("I-" + type), "invalid IOB2 " + tags);
        }
      }
    }
    Path file = dir.resolve("crf.zip");
    trained.tagger().save(file, Map.of());
    Tagger loaded = Tagger.load(file);
    assertEquals(predicted, loaded.tagAll(dev.stream().map(TaggedSentence::words).toList()));
    assertRobust(loaded);
  }

  /**
   * The hand-written POS sample is tiny (50 training sentences, 334 tokens; dev 8 sentences, 53
   * tokens of which 19 are unseen in training), too small for a stable absolute claim such as 90%:
   * one token is 1.9 points. The test asserts instead that the tagger beats the most-frequent-tag
   * baseline computed here (each known word's most frequent training tag, unknown words the most
   * frequent tag overall), which needs generalisation to unseen words from characters and context.
   */
  @Test
  void beatsTheMostFrequentTagBaselineOnThePosSample() throws IOException {
    Path dir = Path.of(System.getProperty("seq4j.corpora", "../../corpora"), "samples", "pos-sample");
    List<TaggedSentence> train = readUpos(dir.resolve("train.conllu"));
    List<TaggedSentence> dev = readUpos(dir.resolve("dev.conllu"));
    TrainedTagger trained = train(Map.of("cell", "lstm", "dropout", 0.3),
        Map.of("lr", 0.01, "epochs", 30, "batch", 8, "patience", 8, "seed", 7), train, dev, MetricsLog.discard());
    double accuracy = trained.bestDevMetrics().get(DevScorer.ACCURACY);
    double baseline = mostFrequentTagAccuracy(train, dev);
    LOG.info("pos-sample dev accuracy {} (most-frequent-tag baseline {})", accuracy, baseline);
    assertTrue(accuracy > baseline, "dev accuracy " + accuracy + " vs baseline " + baseline);
  }

  private static List<TaggedSentence> readUpos(Path file) throws IOException {
    try (var reader = org.seq4j.corpus.io.conllu.ConllUReader.openTagged(file,
        org.seq4j.corpus.io.conllu.ConllUTagColumn.UPOS)) {
      return reader.readAll();
    }
  }

  private static double mostFrequentTagAccuracy(List<TaggedSentence> train, List<TaggedSentence> dev) {
    Map<String, Map<String, Integer>> counts = new java.util.HashMap<>();
    Map<String, Integer> overall = new java.util.HashMap<>();
    for (TaggedSentence s : train) {
      for (int i = 0; i < s.size(); i++) {
        counts.computeIfAbsent(s.words().get(i), w -> new java.util.HashMap<>()).merge(s.tags().get(i), 1, Integer::sum);
        overall.merge(s.tags().get(i), 1, Integer::sum);
      }
    }
    String top = java.util.Collections.max(overall.entrySet(), Map.Entry.comparingByValue()).getKey();
    long correct = 0;
    long total = 0;
    for (TaggedSentence s : dev) {
      for (int i = 0; i < s.size(); i++) {
        Map<String, Integer> c = counts.get(s.words().get(i));
        String guess = c == null ? top : java.util.Collections.max(c.entrySet(), Map.Entry.comparingByValue()).getKey();
        correct += guess.equals(s.tags().get(i)) ? 1 : 0;
        total++;
      }
    }
    return 100.0 * correct / total;
  }

  @Test
  void sameSeedGivesSameModel() {
    List<TaggedSentence> train = SyntheticTaggingTasks.repeats(TRAIN_SENTENCES / 2, TRAIN_DATA_SEED);
    List<TaggedSentence> dev = SyntheticTaggingTasks.repeats(DEV_SENTENCES, DEV_DATA_SEED);
    Map<String, Object> shortRun = Map.of("lr", 0.01, "epochs", 3, "batch", 16, "seed", 3);
    TrainedTagger a = train(Map.of(), shortRun, train, dev, MetricsLog.discard());
    TrainedTagger b = train(Map.of(), shortRun, train, dev, MetricsLog.discard());
    assertEquals(a.bestDevMetrics(), b.bestDevMetrics());
    List<List<String>> words = dev.stream().map(TaggedSentence::words).toList();
    assertEquals(a.tagger().tagAll(words), b.tagger().tagAll(words));
    var pa = a.tagger().network().parameters().list();
    var pb = b.tagger().network().parameters().list();
    for (int i = 0; i < pa.size(); i++) {
      assertEquals(pa.get(i).value(), pb.get(i).value(), pa.get(i).name());
    }
  }

  private static TrainedTagger train(Map<String, Object> model, Map<String, Object> training,
      List<TaggedSentence> train, List<TaggedSentence> dev, MetricsLog metrics) {
    TaggerConfig config = TaggerConfig.defaults().with(SMALL_MODEL).with(model);
    TaggerTrainingOptions options = TaggerTrainingOptions.defaults().with(training);
    return new TaggerTrainer(config, options).train(train, dev, metrics);
  }

  /** Empty input, a word of characters never seen in training, a sentence longer than any seen. */
  private static void assertRobust(Tagger tagger) {
    assertEquals(List.of(), tagger.tag(List.of()));
    List<String> unseen = tagger.tag(List.of("ŽŹ€☃", "中文", "zzzzqqq"));
    assertEquals(3, unseen.size());
    assertTrue(tagger.tags().containsAll(unseen));
    List<String> longSentence = new ArrayList<>();
    for (int i = 0; i < LONG_SENTENCE; i++) {
      longSentence.add(i % 2 == 0 ? "mr" : "abc");
    }
    assertEquals(LONG_SENTENCE, tagger.tag(longSentence).size());
    List<List<String>> mixed = tagger.tagAll(List.of(List.of(), List.of("a"), longSentence, List.of()));
    assertEquals(List.of(0, 1, LONG_SENTENCE, 0), mixed.stream().map(List::size).toList());
    assertFalse(mixed.get(1).isEmpty());
  }
}
