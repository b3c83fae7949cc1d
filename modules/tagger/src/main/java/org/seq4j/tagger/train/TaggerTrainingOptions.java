package org.seq4j.tagger.train;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.seq4j.corpus.batch.BatchingOptions;
import org.seq4j.tagger.model.ConfigValues;

/**
 * How a tagger is trained; mirrors a recipe's {@code train} section (snake_case names in
 * {@link #toMap}/{@link #fromMap}, unknown keys rejected with the valid ones listed).
 *
 * @param optimizer adam or sgd
 * @param lr initial learning rate
 * @param momentum SGD momentum (ignored by Adam)
 * @param l2 L2 penalty added to the gradient (torch's {@code weight_decay})
 * @param lrSchedule constant, exponential ({@code lr * lr_decay^epoch}) or plateau (multiply by
 *     {@code lr_decay} when the dev metric stops improving)
 * @param lrDecay decay factor of the schedule, in (0, 1]
 * @param clipNorm global gradient-norm limit; 0 turns clipping off
 * @param epochs maximum epochs
 * @param batch sentences per training batch
 * @param patience stop after this many epochs without dev improvement; 0 never stops early
 * @param minWordFrequency training words seen fewer times become {@code <unk>}
 * @param devMetric the dev metric that selects the best epoch: accuracy, f1, or auto (f1 for
 *     chunk tags such as IOB2/BIOES NER tags, accuracy otherwise)
 * @param seed seeds initialisation, batching and dropout: the same seed gives the same model
 * @param wordDropout word dropout {@code alpha}: a training token becomes {@code <unk>} with
 *     probability {@code alpha / (alpha + freq)} ({@link WordDropout}); 0 turns it off
 * @param pretrainedWords with pretrained vectors, also give every word that has a vector a row
 *     (initialised from it), so test words never seen in training are not {@code <unk>}
 * @param maxWords keep at most this many training words (in their lookup form), the most frequent
 *     ones, ties broken by string order as {@link org.seq4j.corpus.vocab.VocabularyBuilder} does;
 *     {@value #NO_WORD_LIMIT}: no limit. Words added for pretrained vectors do not count towards it.
 * @param bucketPool training sentences sorted by length together before they are cut into batches
 *     ({@link BatchingOptions#poolSize}; {@link BatchingOptions#DEFAULT_POOL_SIZE} by default)
 */
public record TaggerTrainingOptions(
    Optimizer optimizer,
    double lr,
    double momentum,
    double l2,
    Schedule lrSchedule,
    double lrDecay,
    double clipNorm,
    int epochs,
    int batch,
    int patience,
    int minWordFrequency,
    DevMetric devMetric,
    long seed,
    double wordDropout,
    boolean pretrainedWords,
    int maxWords,
    int bucketPool) {

  /** Optimizers by recipe name. */
  public enum Optimizer { ADAM, SGD }

  /** Learning-rate schedules by recipe name. */
  public enum Schedule { CONSTANT, EXPONENTIAL, PLATEAU }

  /** Dev metrics by recipe name. */
  public enum DevMetric { AUTO, ACCURACY, F1 }

  public static final double DEFAULT_LR = 0.001;
  public static final double DEFAULT_CLIP_NORM = 5.0;
  public static final int DEFAULT_EPOCHS = 10;
  public static final int DEFAULT_BATCH = 32;
  public static final long DEFAULT_SEED = 42L;
  private static final double NO_DECAY = 1.0;
  private static final double NO_WORD_DROPOUT = 0.0;
  /** {@link #maxWords} for no limit on the training words. */
  public static final int NO_WORD_LIMIT = 0;

  public TaggerTrainingOptions {
    Objects.requireNonNull(optimizer, "optimizer");
    Objects.requireNonNull(lrSchedule, "lr_schedule");
    Objects.requireNonNull(devMetric, "dev_metric");
    if (!(lr > 0) || !(momentum >= 0 && momentum < 1) || !(l2 >= 0) || !(lrDecay > 0 && lrDecay <= 1)
        || !(clipNorm >= 0) || epochs < 1 || batch < 1 || patience < 0 || minWordFrequency < 1
        || !(wordDropout >= 0) || maxWords < 0 || bucketPool < 1) {
      throw new IllegalArgumentException("Invalid training options (lr " + lr + ", momentum " + momentum
          + ", l2 " + l2 + ", lr_decay " + lrDecay + ", clip_norm " + clipNorm + ", epochs " + epochs + ", batch "
          + batch + ", patience " + patience + ", min_word_frequency " + minWordFrequency + ", word_dropout "
          + wordDropout + ", max_words " + maxWords + ", bucket_pool " + bucketPool + "): need lr > 0, "
          + "0 <= momentum < 1, l2 >= 0, 0 < lr_decay <= 1, clip_norm >= 0, epochs >= 1, batch >= 1, patience >= 0, "
          + "min_word_frequency >= 1, word_dropout >= 0, max_words >= 0, bucket_pool >= 1");
    }
    if (lrSchedule == Schedule.PLATEAU && lrDecay == NO_DECAY) {
      throw new IllegalArgumentException("lr_schedule plateau needs lr_decay < 1 (the factor applied on a plateau)");
    }
  }

  /** The options before {@code bucket_pool} existed: pools of {@link BatchingOptions#DEFAULT_POOL_SIZE}. */
  public TaggerTrainingOptions(Optimizer optimizer, double lr, double momentum, double l2, Schedule lrSchedule,
      double lrDecay, double clipNorm, int epochs, int batch, int patience, int minWordFrequency,
      DevMetric devMetric, long seed, double wordDropout, boolean pretrainedWords, int maxWords) {
    this(optimizer, lr, momentum, l2, lrSchedule, lrDecay, clipNorm, epochs, batch, patience, minWordFrequency,
        devMetric, seed, wordDropout, pretrainedWords, maxWords, BatchingOptions.DEFAULT_POOL_SIZE);
  }

  /** The options before {@code max_words} existed: no limit on the training words. */
  public TaggerTrainingOptions(Optimizer optimizer, double lr, double momentum, double l2, Schedule lrSchedule,
      double lrDecay, double clipNorm, int epochs, int batch, int patience, int minWordFrequency,
      DevMetric devMetric, long seed, double wordDropout, boolean pretrainedWords) {
    this(optimizer, lr, momentum, l2, lrSchedule, lrDecay, clipNorm, epochs, batch, patience, minWordFrequency,
        devMetric, seed, wordDropout, pretrainedWords, NO_WORD_LIMIT);
  }

  /** The options before word dropout and pretrained vocabularies existed: neither. */
  public TaggerTrainingOptions(Optimizer optimizer, double lr, double momentum, double l2, Schedule lrSchedule,
      double lrDecay, double clipNorm, int epochs, int batch, int patience, int minWordFrequency,
      DevMetric devMetric, long seed) {
    this(optimizer, lr, momentum, l2, lrSchedule, lrDecay, clipNorm, epochs, batch, patience, minWordFrequency,
        devMetric, seed, NO_WORD_DROPOUT, true);
  }

  /**
   * Adam 1e-3, clip 5, 10 epochs of 32 sentences, no early stopping, every word kept (no frequency or
   * size limit), no word dropout, pretrained words added, seed 42.
   */
  public static TaggerTrainingOptions defaults() {
    return new TaggerTrainingOptions(Optimizer.ADAM, DEFAULT_LR, 0.0, 0.0, Schedule.CONSTANT, NO_DECAY,
        DEFAULT_CLIP_NORM, DEFAULT_EPOCHS, DEFAULT_BATCH, 0, 1, DevMetric.AUTO, DEFAULT_SEED, NO_WORD_DROPOUT, true,
        NO_WORD_LIMIT, BatchingOptions.DEFAULT_POOL_SIZE);
  }

  public Map<String, Object> toMap() {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("optimizer", name(optimizer));
    map.put("lr", lr);
    map.put("momentum", momentum);
    map.put("l2", l2);
    map.put("lr_schedule", name(lrSchedule));
    map.put("lr_decay", lrDecay);
    map.put("clip_norm", clipNorm);
    map.put("epochs", epochs);
    map.put("batch", batch);
    map.put("patience", patience);
    map.put("min_word_frequency", minWordFrequency);
    map.put("dev_metric", name(devMetric));
    map.put("seed", seed);
    map.put("word_dropout", wordDropout);
    map.put("pretrained_words", pretrainedWords);
    map.put("max_words", maxWords);
    map.put("bucket_pool", bucketPool);
    return map;
  }

  /** Options from a settings map; missing keys take {@link #defaults()}' values. */
  public static TaggerTrainingOptions fromMap(Map<String, ?> map) {
    Map<String, Object> d = defaults().toMap();
    Set<String> valid = d.keySet();
    for (String key : map.keySet()) {
      if (!valid.contains(key)) {
        throw new IllegalArgumentException("Unknown training setting '" + key + "': valid settings are " + valid);
      }
    }
    Map<String, Object> merged = new LinkedHashMap<>(d);
    merged.putAll(map);
    ConfigValues v = new ConfigValues(merged);
    return new TaggerTrainingOptions(
        parse(Optimizer.class, v.text("optimizer", null), "optimizer"),
        v.number("lr", DEFAULT_LR),
        v.number("momentum", 0),
        v.number("l2", 0),
        parse(Schedule.class, v.text("lr_schedule", null), "lr_schedule"),
        v.number("lr_decay", NO_DECAY),
        v.number("clip_norm", DEFAULT_CLIP_NORM),
        v.integer("epochs", DEFAULT_EPOCHS),
        v.integer("batch", DEFAULT_BATCH),
        v.integer("patience", 0),
        v.integer("min_word_frequency", 1),
        parse(DevMetric.class, v.text("dev_metric", null), "dev_metric"),
        v.longInteger("seed", DEFAULT_SEED),
        v.number("word_dropout", NO_WORD_DROPOUT),
        v.bool("pretrained_words", true),
        v.integer("max_words", NO_WORD_LIMIT),
        v.integer("bucket_pool", BatchingOptions.DEFAULT_POOL_SIZE));
  }

  /** These options with some settings changed (same names and rules as {@link #fromMap}). */
  public TaggerTrainingOptions with(Map<String, ?> changes) {
    Map<String, Object> merged = new LinkedHashMap<>(toMap());
    for (String key : changes.keySet()) {
      if (!merged.containsKey(key)) {
        fromMap(changes);
      }
    }
    merged.putAll(changes);
    return fromMap(merged);
  }

  private static String name(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT);
  }

  private static <E extends Enum<E>> E parse(Class<E> type, String text, String key) {
    for (E value : type.getEnumConstants()) {
      if (value.name().equalsIgnoreCase(text.trim())) {
        return value;
      }
    }
    StringBuilder choices = new StringBuilder();
    for (E value : type.getEnumConstants()) {
      choices.append(choices.length() == 0 ? "" : "|").append(name(value));
    }
    throw new IllegalArgumentException("Invalid value '" + text + "' for " + key + ": expected " + choices);
  }
}
