package org.seq4j.seq2seq.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.buffer.DataType;
import org.seq4j.corpus.vocab.Vocabulary;
import org.seq4j.corpus.vocab.VocabularyBuilder;
import org.seq4j.nn.rnn.CellType;
import org.seq4j.seq2seq.Translator;
import org.seq4j.seq2seq.decode.LengthLimit;
import org.seq4j.seq2seq.model.AttentionType;
import org.seq4j.seq2seq.model.Seq2SeqConfig;
import org.seq4j.seq2seq.model.Seq2SeqNetwork;

/** Translator contract on an untrained (random) tiny model: batching, n-best, edges, save/load. */
class NeuralTranslatorTest {
  private static final int MAX_SOURCE = 6;
  /** An output bias that makes {@code <unk>} the most probable token at every step. */
  private static final double ALWAYS_UNKNOWN = 100.0;
  private static final List<String> INPUTS = List.of("a b c", "d", "e f a b", "c c", "zzz a");

  static NeuralTranslator translator(DataType type, int batchSize) {
    Vocabulary source = new VocabularyBuilder().addAll(List.of("a", "b", "c", "d", "e", "f"))
        .build(1, VocabularyBuilder.UNLIMITED, VocabularyBuilder.ALL_SPECIALS);
    Vocabulary target = new VocabularyBuilder().addAll(List.of("u", "v", "w", "x"))
        .build(1, VocabularyBuilder.UNLIMITED, VocabularyBuilder.ALL_SPECIALS);
    Seq2SeqConfig config = new Seq2SeqConfig(source.size(), target.size(), CellType.LSTM, 8, 8, 1, 2, 0.0,
        AttentionType.GENERAL, true, true, MAX_SOURCE, 5L);
    return new NeuralTranslator(new Seq2SeqNetwork(config, type), source, target,
        new DecodingOptions(3, 0.6, new LengthLimit(1.0, 3), batchSize));
  }

  @Test
  void batchedTranslationEqualsOneByOne() {
    NeuralTranslator translator = translator(DataType.DOUBLE, 2).withDecoding(
        new DecodingOptions(1, 0.0, new LengthLimit(1.0, 3), 2));
    List<String> inputs = new ArrayList<>(INPUTS);
    List<String> batched = translator.translateAll(inputs);
    assertEquals(INPUTS, inputs, "input list unchanged");
    for (int i = 0; i < INPUTS.size(); i++) {
      assertEquals(translator.translate(INPUTS.get(i)), batched.get(i), INPUTS.get(i));
    }
    assertThrows(UnsupportedOperationException.class, () -> batched.add("x"));
  }

  @Test
  void nBestIsSortedAndBounded() {
    NeuralTranslator translator = translator(DataType.DOUBLE, 4);
    List<Translator.Hypothesis> nBest = translator.translateNBest("a b c", 3);
    assertEquals(3, nBest.size());
    assertTrue(nBest.get(0).score() >= nBest.get(1).score() && nBest.get(1).score() >= nBest.get(2).score());
    assertThrows(IllegalArgumentException.class, () -> translator.translateNBest("a", 4));
  }

  @Test
  void batchedNBestEqualsOneByOne() {
    NeuralTranslator translator = translator(DataType.DOUBLE, 4).withDecoding(
        new DecodingOptions(4, 0.6, new LengthLimit(1.0, 3), 2));
    List<String> inputs = new ArrayList<>(INPUTS);
    inputs.add("");
    List<List<Translator.Hypothesis>> batched = translator.translateAllNBest(inputs, 3);
    assertEquals(inputs.size(), batched.size());
    for (int i = 0; i < INPUTS.size(); i++) {
      List<Translator.Hypothesis> alone = translator.translateNBest(INPUTS.get(i), 3);
      assertEquals(alone.size(), batched.get(i).size(), INPUTS.get(i));
      for (int j = 0; j < alone.size(); j++) {
        assertEquals(alone.get(j).text(), batched.get(i).get(j).text(), INPUTS.get(i));
        assertEquals(alone.get(j).score(), batched.get(i).get(j).score(), 1e-9, INPUTS.get(i));
      }
    }
    assertEquals(List.of(new Translator.Hypothesis("", 0.0)), batched.get(inputs.size() - 1),
        "an empty input has one empty hypothesis");
  }

  @Test
  void emptyAndOverlongInputs() {
    NeuralTranslator translator = translator(DataType.DOUBLE, 4);
    assertEquals("", translator.translate(""));
    assertEquals(List.of("", ""), translator.translateAll(List.of(" ", "")));
    String longInput = String.join(" ", Collections.nCopies(MAX_SOURCE + 5, "a"));
    String truncated = String.join(" ", Collections.nCopies(MAX_SOURCE, "a"));
    assertEquals(translator.translate(truncated), translator.translate(longInput));
  }

  @Test
  void unknownWordsAreReplacedByAttendedSourceTokens() {
    NeuralTranslator translator = translator(DataType.DOUBLE, 4).withDecoding(
        new DecodingOptions(1, 0.0, new LengthLimit(1.0, 3), 4));
    translator.network().parameters().get("output.b").value().putScalar(Vocabulary.UNK_ID, ALWAYS_UNKNOWN);
    String plain = translator.translate("zzz a d");
    List<String> unknowns = List.of(plain.split(" "));
    assertTrue(!unknowns.isEmpty() && unknowns.stream().allMatch(Vocabulary.UNK::equals), plain);
    for (int beam : new int[] {1, 3}) {
      String replaced = translator.withDecoding(translator.decoding().withBeam(beam, 0.0).withUnknownReplacement(true))
          .translate("zzz a d");
      List<String> tokens = List.of(replaced.split(" "));
      assertEquals(unknowns.size(), tokens.size(), replaced);
      assertTrue(List.of("zzz", "a", "d").containsAll(tokens), replaced);
    }
    Seq2SeqConfig general = translator.network().config();
    Seq2SeqNetwork contextVectorModel = new Seq2SeqNetwork(new Seq2SeqConfig(general.sourceVocabularySize(),
        general.targetVocabularySize(), CellType.GRU, 8, 8, 1, 1, 0.0, AttentionType.NONE, false, false, MAX_SOURCE, 5L),
        DataType.DOUBLE);
    DecodingOptions replacing = DecodingOptions.GREEDY.withUnknownReplacement(true);
    assertThrows(IllegalArgumentException.class, () -> new NeuralTranslator(contextVectorModel,
        translator.sourceVocabulary(), translator.targetVocabulary(), replacing));
  }

  @Test
  void decodingOptionsRoundTripAndOldFilesLoadWithoutReplacement() {
    DecodingOptions options = new DecodingOptions(4, 0.6, new LengthLimit(1.5, 7), 16).withUnknownReplacement(true);
    assertEquals(options, DecodingOptions.fromMap(options.toMap()));
    java.util.Map<String, Object> old = new java.util.HashMap<>(options.toMap());
    old.remove("replace_unknown");
    assertEquals(options.withUnknownReplacement(false), DecodingOptions.fromMap(old));
  }

  @Test
  void saveLoadGivesIdenticalOutputs(@TempDir Path dir) throws Exception {
    NeuralTranslator translator = translator(DataType.FLOAT, 4);
    Path file = dir.resolve("model.zip");
    translator.save(file);
    Translator loaded = Translator.load(file);
    assertEquals(translator.translateAll(INPUTS), loaded.translateAll(INPUTS));
    assertEquals(translator.translateNBest("e f", 2), loaded.translateNBest("e f", 2));
  }
}
