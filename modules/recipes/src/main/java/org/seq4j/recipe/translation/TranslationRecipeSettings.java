package org.seq4j.recipe.translation;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.seq4j.corpus.SentencePair;
import org.seq4j.nn.rnn.CellType;
import org.seq4j.recipe.Recipe;
import org.seq4j.recipe.section.DataSection;
import org.seq4j.recipe.section.EvaluateSection;
import org.seq4j.recipe.section.ModelSection;
import org.seq4j.recipe.section.TrainSection;
import org.seq4j.seq2seq.decode.LengthLimit;
import org.seq4j.seq2seq.model.AttentionType;
import org.seq4j.seq2seq.model.Seq2SeqConfig;
import org.seq4j.seq2seq.train.DecodingOptions;
import org.seq4j.seq2seq.train.Seq2SeqTrainingOptions;

/**
 * Maps a translation recipe's {@code model}, {@code train}, {@code prepare} and {@code evaluate}
 * sections onto the seq2seq module's {@link Seq2SeqConfig}, {@link Seq2SeqTrainingOptions} and
 * {@link DecodingOptions}. The recipe's shape rules (bidirectional encoder whose output size is the
 * decoder's hidden size, one cell type, Adam) are checked when the recipe loads (RecipeChecks), so
 * here only what depends on the seq2seq module's version can still fail: an attention name it does
 * not implement yet is a recipe error naming {@code model.attention}.
 *
 * <p>Translations of recipe conventions, made here and nowhere else:
 * <ul>
 *   <li>{@code train.batch} counts sentences; the trainer batches by a budget of padded token slots.
 *       The budget is {@code batch} times the mean padded length of a training pair ({@code max(source,
 *       target + 1)}), so an average batch holds {@code batch} sentences while long sentences share
 *       batches with fewer others.
 *   <li>{@code train.patience: 0} (never stop early) is patience = {@code epochs}; {@code lr_schedule:
 *       constant} is a plateau schedule that never fires.
 *   <li>Sources longer than {@value #MAX_SOURCE_LENGTH_FACTOR} times the longest training source (and
 *       at least {@value #MIN_MAX_SOURCE_LENGTH} tokens) are truncated at translation time.
 *   <li>{@code dev_metric: auto} is exact match for toy data, BLEU otherwise.
 *   <li>{@code prepare.bucket_pool} is the trainer's bucketing pool, so training batches come from the
 *       length-sorted pools the prepare stage's batching statistics describe.
 *   <li>The model's vocabularies are the prepared files ({@link PreparedVocabularies}, built with
 *       {@code vocab_min_freq}, {@code vocab_max_size}, {@code shared_vocab}); the training options'
 *       minimum frequency repeats {@code vocab_min_freq} for callers that let the trainer count.
 * </ul>
 */
public final class TranslationRecipeSettings {
  /** Longest accepted source at translation time, relative to the longest training source. */
  public static final int MAX_SOURCE_LENGTH_FACTOR = 2;
  /** Longest accepted source at translation time is at least this many tokens. */
  public static final int MIN_MAX_SOURCE_LENGTH = 100;
  /** The decoder reads one more step than the target has tokens (BOS or EOS). */
  private static final int DECODER_EXTRA_STEP = 1;
  /** Any factor in (0, 1): a constant schedule's plateau never fires, so its factor is never used. */
  private static final double UNUSED_DECAY_FACTOR = 0.5;

  private TranslationRecipeSettings() {}

  /** Whether the recipe's data is a generated toy task (exact match is then reported and selects epochs). */
  public static boolean isToy(Recipe recipe) {
    return recipe.data().format() == DataSection.Format.TOY;
  }

  /**
   * The network the recipe asks for; vocabulary sizes are placeholders the trainer replaces.
   *
   * @param longestTrainingSource the longest training source, in (BPE) tokens
   */
  public static Seq2SeqConfig config(Recipe recipe, int longestTrainingSource) {
    ModelSection m = recipe.model();
    return new Seq2SeqConfig(1, 1, cell(m.encoder().cell()), m.embeddingDim(), m.decoder().hidden(),
        m.encoder().layers(), m.decoder().layers(), m.dropout(), attention(recipe), m.tieEmbeddings(),
        m.reverseSource(), maxSourceLength(longestTrainingSource), recipe.seed())
        .withInputFeeding(m.inputFeeding()).withDeepOutput(m.deepOutput());
  }

  /**
   * The training loop the recipe asks for, seeded with the recipe's seed.
   *
   * @param train the prepared training pairs (for the token budget of a batch)
   * @param devSize prepared dev pairs; all are decoded after every epoch
   */
  public static Seq2SeqTrainingOptions trainingOptions(Recipe recipe, List<SentencePair> train, int devSize) {
    TrainSection t = recipe.train();
    boolean plateau = t.lrSchedule() == TrainSection.LrSchedule.PLATEAU && t.lrDecay() < TrainSection.NO_DECAY;
    double factor = plateau ? t.lrDecay() : UNUSED_DECAY_FACTOR;
    int plateauPatience = plateau ? t.lrPatience() : t.epochs();
    int patience = t.patience() == 0 ? t.epochs() : t.patience();
    return new Seq2SeqTrainingOptions(t.epochs(), t.lr(), t.clipNorm(), batchTokens(t.batch(), train),
        t.labelSmoothing(), devMetric(recipe), patience, factor, plateauPatience, recipe.prepare().vocabMinFreq(),
        Math.max(1, devSize), recipe.seed(), recipe.prepare().bucketPool());
  }

  /** How the evaluate stage (and a loaded model.zip) decodes: beam, GNMT alpha, length limit, unknown replacement. */
  public static DecodingOptions decoding(Recipe recipe) {
    EvaluateSection e = recipe.evaluate();
    return new DecodingOptions(e.beamSize(), e.lengthPenalty(),
        new LengthLimit(e.maxLengthRatio(), LengthLimit.DEFAULT.offset()), DecodingOptions.GREEDY.batchSize())
        .withUnknownReplacement(e.replaceUnknowns());
  }

  /** The dev metric that selects the best epoch: {@code train.dev_metric}, auto by data kind. */
  public static String devMetric(Recipe recipe) {
    return switch (recipe.train().devMetric()) {
      case BLEU -> Seq2SeqTrainingOptions.BLEU;
      case EXACT_MATCH -> Seq2SeqTrainingOptions.EXACT_MATCH;
      default -> isToy(recipe) ? Seq2SeqTrainingOptions.EXACT_MATCH : Seq2SeqTrainingOptions.BLEU;
    };
  }

  /** Padded token slots per batch for {@code sentences} average training pairs (at least one pair). */
  static int batchTokens(int sentences, List<SentencePair> train) {
    long slots = 0;
    int longest = 1;
    for (SentencePair p : train) {
      int steps = Math.max(tokens(p.source()), tokens(p.target()) + DECODER_EXTRA_STEP);
      slots += steps;
      longest = Math.max(longest, steps);
    }
    double mean = train.isEmpty() ? longest : (double) slots / train.size();
    return (int) Math.max(longest, Math.round(sentences * mean));
  }

  static int maxSourceLength(int longestTrainingSource) {
    return Math.max(MIN_MAX_SOURCE_LENGTH, MAX_SOURCE_LENGTH_FACTOR * longestTrainingSource);
  }

  static int tokens(String spaceJoined) {
    String s = spaceJoined.strip();
    return s.isEmpty() ? 0 : s.split("\\s+").length;
  }

  private static CellType cell(ModelSection.Cell cell) {
    return CellType.valueOf(cell.name());
  }

  private static AttentionType attention(Recipe recipe) {
    String name = recipe.model().attention().name().toLowerCase(Locale.ROOT);
    try {
      return AttentionType.fromShortName(name);
    } catch (IllegalArgumentException e) {
      throw recipe.settings().error("model.attention", "model.attention " + name
          + " is not available yet in this version of seq4j's translation models; expected "
          + Arrays.stream(AttentionType.values()).map(AttentionType::shortName).collect(Collectors.joining("|")));
    }
  }
}
