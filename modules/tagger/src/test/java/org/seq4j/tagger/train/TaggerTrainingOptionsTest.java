package org.seq4j.tagger.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class TaggerTrainingOptionsTest {

  @Test
  void roundTripsThroughAMap() {
    TaggerTrainingOptions o = TaggerTrainingOptions.defaults().with(Map.of("optimizer", "sgd", "lr", 0.1,
        "momentum", 0.9, "lr_schedule", "exponential", "lr_decay", 0.95, "seed", 1234567890123L));
    assertEquals(TaggerTrainingOptions.Optimizer.SGD, o.optimizer());
    assertEquals(1234567890123L, o.seed());
    assertEquals(o, TaggerTrainingOptions.fromMap(o.toMap()));
  }

  @Test
  void rejectsUnknownKeysAndBadValues() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> TaggerTrainingOptions.fromMap(Map.of("learning_rate", 0.1)));
    assertTrue(e.getMessage().contains("lr"), e.getMessage());
    IllegalArgumentException choice = assertThrows(IllegalArgumentException.class,
        () -> TaggerTrainingOptions.fromMap(Map.of("optimizer", "adagrad")));
    assertTrue(choice.getMessage().contains("adam|sgd"), choice.getMessage());
    assertThrows(IllegalArgumentException.class, () -> TaggerTrainingOptions.fromMap(Map.of("lr", 0)));
    assertThrows(IllegalArgumentException.class, () -> TaggerTrainingOptions.fromMap(Map.of("lr_schedule", "plateau")));
  }

  @Test
  void wordDropoutAndPretrainedWordsAreAdditiveSettings() {
    TaggerTrainingOptions o = TaggerTrainingOptions.defaults().with(Map.of("word_dropout", 0.25,
        "pretrained_words", "false"));
    assertEquals(0.25, o.wordDropout());
    assertEquals(o, TaggerTrainingOptions.fromMap(o.toMap()));
    assertEquals(0.0, TaggerTrainingOptions.defaults().wordDropout(), "off unless asked for");
    assertTrue(TaggerTrainingOptions.defaults().pretrainedWords());
    assertThrows(IllegalArgumentException.class, () -> TaggerTrainingOptions.fromMap(Map.of("word_dropout", -1)));
    TaggerTrainingOptions d = TaggerTrainingOptions.defaults();
    assertEquals(d, new TaggerTrainingOptions(d.optimizer(), d.lr(), d.momentum(), d.l2(), d.lrSchedule(), d.lrDecay(),
        d.clipNorm(), d.epochs(), d.batch(), d.patience(), d.minWordFrequency(), d.devMetric(), d.seed()),
        "the constructor from before these settings gives their defaults");
  }

  @Test
  void presetsAreValidSettings() {
    assertTrue(TaggerPresets.posTraining().wordDropout() > 0);
    assertEquals(TaggerTrainingOptions.DevMetric.F1, TaggerPresets.nerTraining().devMetric());
    assertTrue(TaggerPresets.posModel().normalizeDigits());
  }
}
