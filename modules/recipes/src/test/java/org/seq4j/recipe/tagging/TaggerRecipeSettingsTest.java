package org.seq4j.recipe.tagging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.seq4j.nn.rnn.CellType;
import org.seq4j.recipe.Recipe;
import org.seq4j.recipe.RecipeException;
import org.seq4j.recipe.RecipeLoader;
import org.seq4j.recipe.section.ModelSection;
import org.seq4j.tagger.model.CharFeatures;
import org.seq4j.tagger.model.DecodingConstraints;
import org.seq4j.tagger.model.OutputLayer;
import org.seq4j.tagger.model.TaggerConfig;
import org.seq4j.tagger.train.TaggerTrainingOptions;

class TaggerRecipeSettingsTest {

  static Recipe recipe(String... sets) {
    List<String> all = new ArrayList<>(List.of("name=t", "task=tagging", "data.format=conll", "data.dir=d",
        "data.train=train.txt", "stages=[prepare,train]"));
    all.addAll(List.of(sets));
    return RecipeLoader.fromOverrides("test", all);
  }

  @Test
  void mapsModelSection() {
    TaggerConfig c = TaggerRecipeSettings.config(recipe("model.embedding_dim=50", "model.char_features=lstm",
        "model.char_dim=20", "model.char_hidden=40", "model.output=crf", "model.dropout=0.5",
        "model.encoder.cell=gru", "model.encoder.layers=2", "model.encoder.hidden=64",
        "model.lowercase_words=true", "model.variational_dropout=true", "model.normalize_digits=true"));
    assertEquals(50, c.embeddingDim());
    assertEquals(CharFeatures.LSTM, c.charFeatures());
    assertEquals(20, c.charDim());
    assertEquals(40, c.charHidden());
    assertEquals(80, c.charFeatureSize());
    assertEquals(OutputLayer.CRF, c.output());
    assertEquals(0.5, c.dropout());
    assertEquals(CellType.GRU, c.cell());
    assertEquals(2, c.layers());
    assertEquals(64, c.hidden());
    assertTrue(c.lowercaseWords());
    assertTrue(c.variationalDropout());
    assertTrue(c.normalizeDigits());
    assertFalse(c.freezeEmbeddings());
    assertEquals(DecodingConstraints.AUTO, c.constraints(), "CRF constraints are detected from the tag set");
  }

  @Test
  void recipeDefaultsAreTheRecipeSchemasNotTheTaggers() {
    TaggerConfig c = TaggerRecipeSettings.config(recipe());
    assertEquals(ModelSection.DEFAULT_EMBEDDING_DIM, c.embeddingDim());
    assertEquals(CharFeatures.NONE, c.charFeatures());
    assertEquals(ModelSection.RnnStack.DEFAULT_HIDDEN, c.hidden());
    assertEquals(ModelSection.DEFAULT_DROPOUT, c.dropout());
    assertEquals(CellType.LSTM, c.cell());
  }

  @Test
  void freezesEmbeddingsOnlyWhenThereAreSome() {
    assertTrue(TaggerRecipeSettings.config(recipe("stages=[prepare,embed,train]", "embed.method=word2vec",
        "embed.freeze=true")).freezeEmbeddings());
    assertFalse(TaggerRecipeSettings.config(recipe("stages=[prepare,embed,train]", "embed.method=word2vec"))
        .freezeEmbeddings());
  }

  @Test
  void mapsTrainSectionAndSeed() {
    TaggerTrainingOptions o = TaggerRecipeSettings.trainingOptions(recipe("seed=7", "train.optimizer=sgd",
        "train.lr=0.015", "train.momentum=0.9", "train.l2=1e-8", "train.lr_schedule=exponential",
        "train.lr_decay=0.95", "train.clip_norm=0", "train.epochs=3", "train.batch=10", "train.patience=2",
        "train.dev_metric=f1", "prepare.vocab_min_freq=2", "prepare.vocab_max_size=500", "model.word_dropout=0.25",
        "data.dev=dev.txt"));
    assertEquals(TaggerTrainingOptions.Optimizer.SGD, o.optimizer());
    assertEquals(0.015, o.lr());
    assertEquals(0.9, o.momentum());
    assertEquals(1e-8, o.l2());
    assertEquals(TaggerTrainingOptions.Schedule.EXPONENTIAL, o.lrSchedule());
    assertEquals(0.95, o.lrDecay());
    assertEquals(0.0, o.clipNorm());
    assertEquals(3, o.epochs());
    assertEquals(10, o.batch());
    assertEquals(2, o.patience());
    assertEquals(2, o.minWordFrequency());
    assertEquals(500, o.maxWords(), "prepare.vocab_max_size caps the tagger's training words");
    assertEquals(TaggerTrainingOptions.DevMetric.F1, o.devMetric());
    assertEquals(7L, o.seed());
    assertEquals(0.25, o.wordDropout());
    assertEquals(TaggerTrainingOptions.NO_WORD_LIMIT, TaggerRecipeSettings.trainingOptions(recipe()).maxWords());
  }

  @Test
  void crossFieldChecksRejectWhatTheTaggerCannotDo() {
    assertThrows(RecipeException.class, () -> recipe("model.encoder.bidirectional=false"), "the tagger is bidirectional");
    assertThrows(RecipeException.class, () -> recipe("train.lr_schedule=plateau"), "plateau needs lr_decay < 1");
    assertThrows(RecipeException.class, () -> recipe("train.momentum=0.9"), "momentum is for sgd");
    assertThrows(RecipeException.class, () -> recipe("model.char_features=cnn", "model.char_window=4"));
    assertThrows(RecipeException.class, () -> recipe("model.char_features=cnn", "model.char_hidden=10"));
    assertThrows(RecipeException.class, () -> recipe("embed.freeze=true"), "nothing to freeze without embeddings");
    RecipeException e = assertThrows(RecipeException.class, () -> recipe("train.dev_metric=f1",
        "task=translation", "data.format=tsv"));
    assertTrue(e.getMessage().contains("dev_metric"), e.getMessage());
  }
}
