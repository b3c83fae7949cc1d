package org.seq4j.tagger.train;

import java.util.Map;
import org.seq4j.tagger.model.TaggerConfig;

/**
 * The measured best settings per kind of task, as the same key/value maps a recipe's {@code model}
 * and {@code train} sections hold (so recipes can copy them and tests can start from them). The
 * numbers behind each choice are in the Javadoc of the map; every key is a {@link TaggerConfig} or
 * {@link TaggerTrainingOptions} key, and the maps are applied on top of their defaults.
 */
public final class TaggerPresets {

  /**
   * POS tagging (UD EWT UPOS/XPOS): lowercase word lookup with digits as 0 (characters keep case and
   * digits), char CNN with 50 filters, one BiLSTM layer of 200 per direction. Measured with
   * {@link #POS_TRAINING} and word2vec vectors trained on the project's English text (seed 42, one
   * run, 2 shared cores): EWT UPOS dev 95.32 / test 95.53 (best epoch 7 of 10, 1626 s); XPOS dev
   * 94.49 / test 95.05 (epoch 10 of 10, 1286 s). The previous settings (char CNN 30, BiLSTM 128,
   * no word dropout, constant rate, min frequency 2) reached dev 93.22 / test 93.40.
   */
  public static final Map<String, Object> POS_MODEL = Map.ofEntries(
      Map.entry("embedding_dim", 100), Map.entry("lowercase_words", true), Map.entry("normalize_digits", true),
      Map.entry("char_features", "cnn"), Map.entry("char_dim", 30), Map.entry("char_filters", 50),
      Map.entry("char_window", 3), Map.entry("cell", "lstm"), Map.entry("layers", 1), Map.entry("hidden", 200),
      Map.entry("dropout", 0.33), Map.entry("output", "softmax"));

  /** POS training: Adam 2e-3 decayed by 0.9 per epoch, word dropout alpha 0.25 over every word. */
  public static final Map<String, Object> POS_TRAINING = Map.ofEntries(
      Map.entry("optimizer", "adam"), Map.entry("lr", 0.002), Map.entry("lr_schedule", "exponential"),
      Map.entry("lr_decay", 0.9), Map.entry("clip_norm", 5.0), Map.entry("epochs", 10), Map.entry("batch", 32),
      Map.entry("patience", 3), Map.entry("min_word_frequency", 1), Map.entry("word_dropout", 0.25),
      Map.entry("seed", 42));

  /**
   * NER (WNUT-17): char BiLSTM, BiLSTM-CRF with BIOES constraints, heavier dropout. Measured with
   * {@link #NER_TRAINING} and the same word2vec vectors (seed 42): dev F1 38.5 (epoch 8 of 13),
   * test F1 24.2; dev F1 jumps by 10 points between epochs, so expect large seed variance.
   */
  public static final Map<String, Object> NER_MODEL = Map.ofEntries(
      Map.entry("embedding_dim", 100), Map.entry("lowercase_words", true), Map.entry("normalize_digits", true),
      Map.entry("char_features", "lstm"), Map.entry("char_dim", 25), Map.entry("char_hidden", 25),
      Map.entry("cell", "lstm"), Map.entry("layers", 1), Map.entry("hidden", 200), Map.entry("dropout", 0.5),
      Map.entry("output", "crf"));

  /** NER training: Adam 1e-3, small batches, early stopping on dev entity F1. */
  public static final Map<String, Object> NER_TRAINING = Map.ofEntries(
      Map.entry("optimizer", "adam"), Map.entry("lr", 0.001), Map.entry("clip_norm", 5.0), Map.entry("epochs", 20),
      Map.entry("batch", 16), Map.entry("patience", 5), Map.entry("min_word_frequency", 1),
      Map.entry("word_dropout", 0.25), Map.entry("dev_metric", "f1"), Map.entry("seed", 42));

  private TaggerPresets() {}

  public static TaggerConfig posModel() {
    return TaggerConfig.defaults().with(POS_MODEL);
  }

  public static TaggerTrainingOptions posTraining() {
    return TaggerTrainingOptions.defaults().with(POS_TRAINING);
  }

  public static TaggerConfig nerModel() {
    return TaggerConfig.defaults().with(NER_MODEL);
  }

  public static TaggerTrainingOptions nerTraining() {
    return TaggerTrainingOptions.defaults().with(NER_TRAINING);
  }
}
