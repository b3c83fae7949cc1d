package org.seq4j.recipe.translation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.seq4j.corpus.SentencePair;
import org.seq4j.nn.rnn.CellType;
import org.seq4j.recipe.Recipe;
import org.seq4j.recipe.RecipeException;
import org.seq4j.recipe.RecipeLoader;
import org.seq4j.seq2seq.model.AttentionType;
import org.seq4j.seq2seq.model.Seq2SeqConfig;
import org.seq4j.seq2seq.train.DecodingOptions;
import org.seq4j.seq2seq.train.Seq2SeqTrainingOptions;

class TranslationRecipeSettingsTest {
  static final String RECIPE = String.join("\n",
      "name: mt",
      "seed: 9",
      "task: translation",
      "data:",
      "  format: parallel",
      "  dir: d",
      "  train: train",
      "  dev: dev",
      "  source_lang: de",
      "  target_lang: en",
      "prepare:",
      "  vocab_min_freq: 2",
      "model:",
      "  embedding_dim: 48",
      "  dropout: 0.2",
      "  attention: dot",
      "  reverse_source: true",
      "  encoder:",
      "    cell: gru",
      "    layers: 2",
      "    hidden: 24",
      "  decoder:",
      "    cell: gru",
      "    layers: 3",
      "    hidden: 48",
      "train:",
      "  lr: 0.002",
      "  clip_norm: 1.5",
      "  epochs: 7",
      "  batch: 4",
      "  patience: 3",
      "  lr_schedule: plateau",
      "  lr_decay: 0.7",
      "  lr_patience: 2",
      "  label_smoothing: 0.1",
      "evaluate:",
      "  beam_size: 6",
      "  n_best: 2",
      "  length_penalty: 0.6",
      "  max_length_ratio: 1.5",
      "  replace_unknowns: true",
      "");

  static Recipe recipe(String... sets) {
    return RecipeLoader.parse(RECIPE, "mt.yaml", List.of(sets));
  }

  static final List<SentencePair> TRAIN = List.of(new SentencePair("a b c", "x y"), // 3 steps
      new SentencePair("a", "x y z w"));                                                  // 5 steps

  @Test
  void modelSectionMapsOntoSeq2SeqConfig() {
    Seq2SeqConfig c = TranslationRecipeSettings.config(recipe(), 30);
    assertFalse(c.inputFeeding());
    assertFalse(c.deepOutput());
    Seq2SeqConfig fed = TranslationRecipeSettings.config(recipe("model.input_feeding=true", "model.deep_output=true"), 30);
    assertTrue(fed.inputFeeding());
    assertTrue(fed.deepOutput());
    assertEquals(CellType.GRU, c.cell());
    assertEquals(48, c.embeddingSize());
    assertEquals(48, c.hiddenSize());
    assertEquals(24, c.encoderDirectionSize());
    assertEquals(2, c.encoderLayers());
    assertEquals(3, c.decoderLayers());
    assertEquals(0.2, c.dropout());
    assertEquals(AttentionType.DOT, c.attention());
    assertTrue(c.reverseSource());
    assertFalse(c.tieTargetEmbeddings());
    assertEquals(9L, c.seed());
    assertEquals(TranslationRecipeSettings.MIN_MAX_SOURCE_LENGTH, c.maxSourceLength());
    assertEquals(2 * 80, TranslationRecipeSettings.config(recipe(), 80).maxSourceLength());
  }

  @Test
  void trainSectionMapsOntoTrainingOptions() {
    Seq2SeqTrainingOptions o = TranslationRecipeSettings.trainingOptions(recipe(), TRAIN, 50);
    assertEquals(7, o.maxEpochs());
    assertEquals(0.002, o.learningRate());
    assertEquals(1.5, o.clipNorm());
    assertEquals(4 * 4, o.batchTokens()); // 4 sentences x mean padded length (3 + 5) / 2
    assertEquals(0.1, o.labelSmoothing());
    assertEquals(Seq2SeqTrainingOptions.BLEU, o.devMetric());
    assertEquals(3, o.patience());
    assertEquals(0.7, o.plateauFactor());
    assertEquals(2, o.plateauPatience());
    assertEquals(2, o.minFrequency());
    assertEquals(50, o.devSentences());
    assertEquals(9L, o.seed());
  }

  @Test
  void noEarlyStoppingAndConstantRateNeverFire() {
    Seq2SeqTrainingOptions o = TranslationRecipeSettings.trainingOptions(
        recipe("train.patience=0", "train.lr_schedule=constant", "train.lr_decay=1", "train.lr_patience=0"), TRAIN, 5);
    assertEquals(7, o.patience());
    assertEquals(7, o.plateauPatience());
  }

  @Test
  void devMetricIsExactMatchForToyDataUnlessSet() {
    Recipe toy = RecipeLoader.parse("name: t\ntask: translation\ndata:\n  format: toy\n", "t.yaml", List.of());
    assertEquals(Seq2SeqTrainingOptions.EXACT_MATCH, TranslationRecipeSettings.devMetric(toy));
    assertEquals(Seq2SeqTrainingOptions.BLEU, TranslationRecipeSettings.devMetric(recipe()));
    assertEquals(Seq2SeqTrainingOptions.EXACT_MATCH,
        TranslationRecipeSettings.devMetric(recipe("train.dev_metric=exact_match")));
  }

  @Test
  void evaluateSectionMapsOntoDecodingOptions() {
    DecodingOptions d = TranslationRecipeSettings.decoding(recipe());
    assertEquals(6, d.beamSize());
    assertEquals(0.6, d.lengthPenaltyAlpha());
    assertEquals(1.5, d.lengthLimit().ratio());
    assertTrue(d.replaceUnknown());
    assertFalse(TranslationRecipeSettings.decoding(recipe("evaluate.replace_unknowns=false")).replaceUnknown());
  }

  @Test
  void shapesTheModelCannotBuildAreRecipeErrors() {
    RecipeException e = assertThrows(RecipeException.class, () -> recipe("model.attention=general",
        "model.encoder.hidden=32"));
    assertTrue(e.getMessage().contains("model.decoder.hidden (48) must equal the encoder output size"), e.getMessage());
    e = assertThrows(RecipeException.class, () -> recipe("model.decoder.cell=lstm"));
    assertTrue(e.getMessage().contains("must equal model.encoder.cell gru"), e.getMessage());
    e = assertThrows(RecipeException.class, () -> recipe("model.attention=general",
        "model.encoder.bidirectional=false"));
    assertTrue(e.getMessage().contains("always bidirectional"), e.getMessage());
    e = assertThrows(RecipeException.class, () -> recipe("model.tie_embeddings=true", "model.embedding_dim=32"));
    assertTrue(e.getMessage().contains("model.tie_embeddings needs model.embedding_dim (32)"), e.getMessage());
    e = assertThrows(RecipeException.class, () -> recipe("model.attention=none", "model.input_feeding=true"));
    assertTrue(e.getMessage().contains("model.input_feeding applies only to task translation with model.attention"),
        e.getMessage());
    e = assertThrows(RecipeException.class, () -> recipe("train.optimizer=sgd"));
    assertTrue(e.getMessage().contains("train.optimizer sgd is not available for translation"), e.getMessage());
    e = assertThrows(RecipeException.class, () -> recipe("train.lr_schedule=exponential", "train.lr_patience=0"));
    assertTrue(e.getMessage().contains("exponential is not available for translation"), e.getMessage());
  }
}
