package org.seq4j.recipe.tagging;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.seq4j.recipe.Recipe;
import org.seq4j.recipe.section.EmbedSection;
import org.seq4j.recipe.section.ModelSection;
import org.seq4j.recipe.section.TrainSection;
import org.seq4j.tagger.model.TaggerConfig;
import org.seq4j.tagger.train.TaggerTrainingOptions;

/**
 * Maps a recipe's {@code model}, {@code embed}, {@code train} and {@code prepare} sections to the
 * tagger's {@link TaggerConfig} and {@link TaggerTrainingOptions}.
 *
 * <p>Design: both are built through their snake_case maps ({@code defaults().with(map)}) rather
 * than their canonical constructors, so a setting the tagger adds later keeps its default here
 * instead of breaking this adapter, and the names the recipe uses are the names in the model's
 * config.json. Settings the recipe has no key for keep the tagger's defaults (CRF decoding
 * constraints: detected from the tag set; longest word: {@link TaggerConfig#DEFAULT_MAX_WORD_CHARS}).
 * The tagger's encoder is always bidirectional (recipe checks reject {@code bidirectional: false}).
 * {@code model.word_dropout} is a model setting in recipes (it regularises the word input, like
 * dropout) but a training option of the tagger (it only acts while training). {@code
 * prepare.vocab_min_freq} and {@code prepare.vocab_max_size} become the tagger's {@code
 * min_word_frequency} and {@code max_words} (0 means no limit in both), which build the word
 * vocabulary the prepare stage wrote to vocab.words (same lookup forms, same cut-offs, same order).
 * {@code prepare.bucket_pool} is the tagger's {@code bucket_pool}: training batches come from the same
 * length-sorted pools the prepare stage's batching statistics describe.
 */
public final class TaggerRecipeSettings {
  private TaggerRecipeSettings() {}

  /** The network architecture the recipe asks for. */
  public static TaggerConfig config(Recipe recipe) {
    ModelSection m = recipe.model();
    if (!m.encoder().bidirectional()) {
      throw recipe.settings().error("model.encoder.bidirectional",
          "model.encoder.bidirectional: the tagger's encoder is always bidirectional; remove it");
    }
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("embedding_dim", m.embeddingDim());
    map.put("lowercase_words", m.lowercaseWords());
    map.put("freeze_embeddings", recipe.embed().method() != EmbedSection.Method.NONE && recipe.embed().freeze());
    map.put("char_features", name(m.charFeatures()));
    map.put("char_dim", m.charDim());
    map.put("char_filters", m.charFilters());
    map.put("char_window", m.charWindow());
    map.put("char_hidden", m.charHidden());
    map.put("cell", name(m.encoder().cell()));
    map.put("layers", m.encoder().layers());
    map.put("hidden", m.encoder().hidden());
    map.put("dropout", m.dropout());
    map.put("variational_dropout", m.variationalDropout());
    map.put("output", name(m.output()));
    map.put("normalize_digits", m.normalizeDigits());
    return TaggerConfig.defaults().with(map);
  }

  /** The training loop the recipe asks for, seeded with the recipe's seed. */
  public static TaggerTrainingOptions trainingOptions(Recipe recipe) {
    TrainSection t = recipe.train();
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("optimizer", name(t.optimizer()));
    map.put("lr", t.lr());
    map.put("momentum", t.momentum());
    map.put("l2", t.l2());
    map.put("lr_schedule", name(t.lrSchedule()));
    map.put("lr_decay", t.lrDecay());
    map.put("clip_norm", t.clipNorm());
    map.put("epochs", t.epochs());
    map.put("batch", t.batch());
    map.put("patience", t.patience());
    map.put("min_word_frequency", recipe.prepare().vocabMinFreq());
    map.put("max_words", recipe.prepare().vocabMaxSize());
    map.put("dev_metric", name(t.devMetric()));
    map.put("seed", recipe.seed());
    map.put("word_dropout", recipe.model().wordDropout());
    map.put("bucket_pool", recipe.prepare().bucketPool());
    return TaggerTrainingOptions.defaults().with(map);
  }

  private static String name(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT);
  }
}
