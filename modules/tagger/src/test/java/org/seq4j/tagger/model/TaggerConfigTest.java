package org.seq4j.tagger.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.seq4j.nn.rnn.CellType;

class TaggerConfigTest {

  @Test
  void mapRoundTripKeepsEverySetting() {
    TaggerConfig config = TaggerConfig.defaults().with(Map.of("cell", "gru", "layers", 2, "output", "crf",
        "char_features", "lstm", "lowercase_words", true, "variational_dropout", "true", "dropout", 0.5));
    assertEquals(CellType.GRU, config.cell());
    assertEquals(OutputLayer.CRF, config.output());
    assertEquals(CharFeatures.LSTM, config.charFeatures());
    assertEquals(config, TaggerConfig.fromMap(config.toMap()));
  }

  @Test
  void missingKeysTakeDefaults() {
    assertEquals(TaggerConfig.defaults(), TaggerConfig.fromMap(Map.of()));
  }

  @Test
  void unknownKeyListsTheValidOnes() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> TaggerConfig.fromMap(Map.of("hiden", 3)));
    assertTrue(e.getMessage().contains("hiden") && e.getMessage().contains("hidden"), e.getMessage());
  }

  @Test
  void invalidChoicesNameTheKeyAndTheChoices() {
    IllegalArgumentException cell = assertThrows(IllegalArgumentException.class,
        () -> TaggerConfig.fromMap(Map.of("cell", "lstmm")));
    assertTrue(cell.getMessage().contains("lstm|gru|rnn"), cell.getMessage());
    IllegalArgumentException output = assertThrows(IllegalArgumentException.class,
        () -> TaggerConfig.fromMap(Map.of("output", "crf2")));
    assertTrue(output.getMessage().contains("output") && output.getMessage().contains("softmax|crf"));
    assertThrows(IllegalArgumentException.class, () -> TaggerConfig.fromMap(Map.of("char_window", 4)));
    assertThrows(IllegalArgumentException.class, () -> TaggerConfig.fromMap(Map.of("dropout", 0.95)));
    assertThrows(IllegalArgumentException.class, () -> TaggerConfig.fromMap(Map.of("hidden", "many")));
  }

  @Test
  void encoderInputSizeAddsCharacterFeatures() {
    TaggerConfig cnn = TaggerConfig.defaults().with(Map.of("embedding_dim", 10, "char_filters", 7));
    assertEquals(17, cnn.encoderInputSize());
    TaggerConfig lstm = cnn.with(Map.of("char_features", "lstm", "char_hidden", 5));
    assertEquals(20, lstm.encoderInputSize());
    assertEquals(10, cnn.with(Map.of("char_features", "none")).encoderInputSize());
  }

  @Test
  void configsWrittenBeforeNormalizeDigitsLoadWithDigitsKept() {
    Map<String, Object> old = new java.util.LinkedHashMap<>(TaggerConfig.defaults().toMap());
    old.remove("normalize_digits");
    TaggerConfig loaded = TaggerConfig.fromMap(old);
    assertEquals(false, loaded.normalizeDigits());
    assertEquals(true, TaggerConfig.fromMap(Map.of("normalize_digits", true)).normalizeDigits());
  }
}
