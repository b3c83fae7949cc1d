package org.seq4j.seq2seq.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seq4j.corpus.SentencePair;
import org.seq4j.corpus.toy.ToyTask;
import org.seq4j.corpus.toy.ToyTaskGenerator;
import org.seq4j.nn.backend.NativeBackend;
import org.seq4j.nn.rnn.CellType;
import org.seq4j.seq2seq.Translator;
import org.seq4j.seq2seq.decode.LengthLimit;
import org.seq4j.seq2seq.model.AttentionType;
import org.seq4j.seq2seq.model.Seq2SeqConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Trains on the toy reverse task (integers 0-19) and checks the model learned it, then save/load. */
class Seq2SeqToyIT {
  private static final Logger LOG = LoggerFactory.getLogger(Seq2SeqToyIT.class);
  private static final int VOCABULARY = 20;
  private static final int BAHDANAU_MAX_LENGTH = 15;
  private static final int BAHDANAU_TRAIN_SIZE = 3000;
  /**
   * Dev exact match swings at lr 0.005 (55 → 41 → 77 → 89 → 90 → 51 → 77 → 95.5 over epochs 5-12) until the
   * plateau decay halves the rate; by epoch 16 it settles (test 99.4%). 12 epochs ended on 93% after a change in
   * float rounding, so the run is long enough not to depend on where a swing falls.
   */
  private static final int BAHDANAU_EPOCHS = 16;
  private static final double REQUIRED_EXACT_MATCH = 95.0;
  /**
   * The small general-attention model (hidden 64 on both sides) ends between 95% and 97% test exact
   * match depending on where its dev swings fall (measured 96.2% on 4,000 pairs, 96.8% after 18 epochs,
   * 95.2% on 6,000 pairs): a bound at 95% would fail on float-rounding changes alone. The 95%
   * target is asserted on the toy-reverse recipe (ToyReverseRecipeIT, 97.6%), whose decoder is twice as
   * wide and whose rate decays on the first dev drop.
   */
  private static final double GENERAL_REQUIRED_EXACT_MATCH = 90.0;
  private static final int GENERAL_TRAIN_SIZE = 4000;
  private static final int GENERAL_EPOCHS = 14;
  /**
   * The context-vector model (Cho et al. 2014: c initialises the decoder, enters every decoder input
   * and, with the deep output, the readout) does not reach 95% within the time budget. Measured test
   * exact match after 10 epochs on 6,000 pairs, hidden 128: 68.2% without the deep output, 75.2% with
   * it (GRU: 59.6%). This bound leaves a margin under 75.2% and is far beyond chance (~0 for whole
   * sequences).
   */
  private static final double CONTEXT_MODEL_REQUIRED_EXACT_MATCH = 65.0;
  private static final int MAX_SOURCE_LENGTH = 40;

  @BeforeAll
  static void backend() {
    NativeBackend.configureFromEnvironment();
  }

  static List<SentencePair> data(int maxLength, int count, long seed) {
    return new ToyTaskGenerator(ToyTask.REVERSE, VOCABULARY, 1, maxLength).generate(count, seed);
  }

  static NeuralTranslator train(Seq2SeqConfig config, int maxLength, int trainSize, int epochs, double required) {
    Seq2SeqTrainingOptions options = new Seq2SeqTrainingOptions(epochs, 0.005, 5.0, 800, 0.0,
        Seq2SeqTrainingOptions.EXACT_MATCH, epochs, 0.5, 1, 1, 200, 7L);
    StringWriter metrics = new StringWriter();
    Seq2SeqTrainer trainer = new Seq2SeqTrainer(config, options, DecodingOptions.GREEDY.withBeam(3, 0.0));
    long start = System.nanoTime();
    Seq2SeqTrainer.Outcome outcome = trainer.train(data(maxLength, trainSize, 1), data(maxLength, 300, 2), metrics);
    String name = config.attention().shortName() + (config.inputFeeding() ? "+input feeding" : "")
        + (config.deepOutput() ? "+deep output" : "");
    LOG.info("{}: {} in {} s\n{}", name, outcome.result(), (System.nanoTime() - start) / 1e9, metrics);
    Map<String, Double> test = Seq2SeqTrainer.evaluate(outcome.translator(), data(maxLength, 500, 3));
    LOG.info("{} test: {}", name, test);
    assertTrue(test.get(Seq2SeqTrainingOptions.EXACT_MATCH) >= required, "test " + test);
    return outcome.translator();
  }

  private static Seq2SeqConfig config(AttentionType attention, int hidden) {
    return new Seq2SeqConfig(1, 1, CellType.LSTM, 32, hidden, 1, 1, 0.0, attention, false, false, MAX_SOURCE_LENGTH,
        11L);
  }

  @Test
  void attentionModelLearnsReverseUpTo25(@TempDir Path dir) throws Exception {
    NeuralTranslator translator = train(config(AttentionType.GENERAL, 64), 25, GENERAL_TRAIN_SIZE, GENERAL_EPOCHS,
        GENERAL_REQUIRED_EXACT_MATCH);
    checkSaveLoadAndEdges(translator, dir);
  }

  /** Bahdanau attention with input feeding trains step by step (back-propagation through the decoder steps). */
  @Test
  void bahdanauAttentionWithInputFeedingLearnsReverseUpTo15(@TempDir Path dir) throws Exception {
    Seq2SeqConfig config = config(AttentionType.BAHDANAU, 64).withInputFeeding(true);
    NeuralTranslator translator = train(config, BAHDANAU_MAX_LENGTH, BAHDANAU_TRAIN_SIZE, BAHDANAU_EPOCHS,
        REQUIRED_EXACT_MATCH);
    Path file = dir.resolve("bahdanau.zip");
    translator.save(file);
    NeuralTranslator loaded = NeuralTranslator.load(file);
    assertEquals(config.withVocabularySizes(translator.network().config().sourceVocabularySize(),
        translator.network().config().targetVocabularySize()), loaded.network().config());
    List<String> inputs = data(BAHDANAU_MAX_LENGTH, 50, 4).stream().map(SentencePair::source).toList();
    assertEquals(translator.translateAll(inputs), loaded.translateAll(inputs));
    assertEquals(translator.translateNBest(inputs.get(0), 3), loaded.translateNBest(inputs.get(0), 3));
  }

  @Test
  void contextVectorModelLearnsReverseUpTo12() {
    train(config(AttentionType.NONE, 128).withDeepOutput(true), 12, 6000, 10, CONTEXT_MODEL_REQUIRED_EXACT_MATCH);
  }

  private static void checkSaveLoadAndEdges(NeuralTranslator translator, Path dir) throws Exception {
    Path file = dir.resolve("model.zip");
    translator.save(file);
    Translator loaded = Translator.load(file);
    List<String> inputs = data(25, 50, 4).stream().map(SentencePair::source).toList();
    assertEquals(translator.translateAll(inputs), loaded.translateAll(inputs));
    assertEquals(translator.translateNBest(inputs.get(0), 3), loaded.translateNBest(inputs.get(0), 3));
    assertEquals("", loaded.translate(""));
    assertEquals("", loaded.translate("   "));
    String longInput = String.join(" ", java.util.Collections.nCopies(MAX_SOURCE_LENGTH + 10, "3"));
    String output = loaded.translate(longInput);
    assertTrue(output.split(" ").length <= new LengthLimit(2.0, 10).maxLength(MAX_SOURCE_LENGTH), output);
  }
}
