package org.seq4j.recipe.section;

import static org.seq4j.recipe.schema.ValueTypes.choice;
import static org.seq4j.recipe.schema.ValueTypes.integer;
import static org.seq4j.recipe.schema.ValueTypes.number;

import org.seq4j.recipe.schema.SectionSchema;
import org.seq4j.recipe.schema.SectionValues;
import org.seq4j.recipe.schema.Setting;

/**
 * {@code train}: the training loop. {@code batch} is also the batch size the prepare stage uses to
 * report batch counts and padding efficiency.
 *
 * @param optimizer the optimizer
 * @param lr learning rate
 * @param clipNorm gradient norm clipping threshold (0: off)
 * @param epochs passes over the training data
 * @param batch sentences per batch
 * @param patience epochs without dev improvement before stopping (0: never stop early)
 * @param momentum SGD momentum (tagging)
 * @param l2 L2 penalty added to the gradient, torch's weight_decay (tagging)
 * @param lrSchedule how the learning rate changes between epochs (tagging)
 * @param lrDecay factor of the learning-rate schedule (tagging)
 * @param devMetric the dev metric that selects the best epoch and drives early stopping
 * @param lrPatience epochs without dev improvement tolerated before lr_schedule plateau decays (translation)
 * @param labelSmoothing label-smoothing epsilon of the cross-entropy (translation)
 * @param averageCheckpoints average the parameters of this many last epochs; 0: off (translation)
 */
public record TrainSection(Optimizer optimizer, double lr, double clipNorm, int epochs, int batch, int patience,
    double momentum, double l2, LrSchedule lrSchedule, double lrDecay, DevMetric devMetric,
    int lrPatience, double labelSmoothing, int averageCheckpoints) {

  /** Optimizers. */
  public enum Optimizer {
    ADAM,
    SGD
  }

  /** Learning-rate schedules: constant, {@code lr * lr_decay^epoch}, or times lr_decay on a dev plateau. */
  public enum LrSchedule {
    CONSTANT,
    EXPONENTIAL,
    PLATEAU
  }

  /** Dev metrics that select the best epoch; auto is the task's standard one. */
  public enum DevMetric {
    /** Tagging: entity f1 for chunk tags (IOB/BIOES), accuracy otherwise. */
    AUTO(null),
    ACCURACY(Task.TAGGING),
    F1(Task.TAGGING),
    /** Translation: greedy-decoded dev BLEU (auto, except for toy data). */
    BLEU(Task.TRANSLATION),
    /** Translation: whole-sentence exact match (auto for toy data). */
    EXACT_MATCH(Task.TRANSLATION);

    private final Task task;

    DevMetric(Task task) {
      this.task = task;
    }

    /** The task this metric applies to; null when it applies to every task. */
    public Task task() {
      return task;
    }
  }

  public static final double DEFAULT_LR = 0.001;
  public static final double MAX_LR = 10;
  public static final double DEFAULT_CLIP_NORM = 5.0;
  public static final double MAX_CLIP_NORM = 1e6;
  public static final int DEFAULT_EPOCHS = 10;
  public static final int DEFAULT_BATCH = 32;
  /** Momentum must stay below 1 or updates never decay. */
  public static final double MAX_MOMENTUM = 0.999;
  public static final double MAX_L2 = 1.0;
  /** A decay factor of 1 leaves the learning rate unchanged. */
  public static final double NO_DECAY = 1.0;
  public static final double MIN_LR_DECAY = 1e-6;
  /** Smoothing beyond this takes more mass from the gold token than it leaves it. */
  public static final double MAX_LABEL_SMOOTHING = 0.5;

  public static final Setting<Optimizer> OPTIMIZER =
      Setting.of("optimizer", choice(Optimizer.class), Optimizer.ADAM, "Optimizer");
  public static final Setting<Double> LR =
      Setting.of("lr", number(Double.MIN_VALUE, MAX_LR), DEFAULT_LR, "Learning rate");
  public static final Setting<Double> CLIP_NORM =
      Setting.of("clip_norm", number(0, MAX_CLIP_NORM), DEFAULT_CLIP_NORM, "Clip gradients to this L2 norm; 0: no clipping");
  public static final Setting<Integer> EPOCHS =
      Setting.of("epochs", integer(1), DEFAULT_EPOCHS, "Passes over the training data");
  public static final Setting<Integer> BATCH =
      Setting.of("batch", integer(1), DEFAULT_BATCH, "Sentences per batch");
  public static final Setting<Integer> PATIENCE =
      Setting.of("patience", integer(0), 0, "Stop after this many epochs without dev improvement; 0: never stop early");
  public static final Setting<Double> MOMENTUM =
      Setting.of("momentum", number(0, MAX_MOMENTUM), 0.0, "Tagging: SGD momentum (optimizer sgd)");
  public static final Setting<Double> L2 =
      Setting.of("l2", number(0, MAX_L2), 0.0, "Tagging: L2 penalty added to the gradient (weight decay); 0: none");
  public static final Setting<LrSchedule> LR_SCHEDULE =
      Setting.of("lr_schedule", choice(LrSchedule.class), LrSchedule.CONSTANT,
          "Learning rate per epoch: constant, exponential (tagging only: lr * lr_decay^epoch), plateau (times lr_decay when dev stops improving)");
  public static final Setting<Double> LR_DECAY =
      Setting.of("lr_decay", number(MIN_LR_DECAY, NO_DECAY), NO_DECAY, "Decay factor of lr_schedule exponential|plateau (< 1)");
  public static final Setting<DevMetric> DEV_METRIC =
      Setting.of("dev_metric", choice(DevMetric.class), DevMetric.AUTO,
          "Dev metric that selects the best epoch; auto: f1 for chunk (NER) tags, accuracy for other tags,"
              + " bleu for translation (exact_match for toy data)");
  public static final Setting<Integer> LR_PATIENCE =
      Setting.of("lr_patience", integer(0), 0,
          "Translation: with lr_schedule plateau, epochs without dev improvement tolerated before lr is multiplied by lr_decay");
  public static final Setting<Double> LABEL_SMOOTHING =
      Setting.of("label_smoothing", number(0, MAX_LABEL_SMOOTHING), 0.0,
          "Translation: label-smoothing epsilon of the cross-entropy (Szegedy et al. 2016); 0: none");
  public static final Setting<Integer> AVERAGE_CHECKPOINTS =
      Setting.of("average_checkpoints", integer(0), 0,
          "Translation: keep the last N epochs' models in checkpoints/ and use their average when it scores at least"
              + " as well on dev as the best epoch; 0: off");

  public static final SectionSchema SCHEMA =
      SectionSchema.of("train", "The training loop", OPTIMIZER, LR, CLIP_NORM, EPOCHS, BATCH, PATIENCE,
          MOMENTUM, L2, LR_SCHEDULE, LR_DECAY, DEV_METRIC, LR_PATIENCE,
          LABEL_SMOOTHING, AVERAGE_CHECKPOINTS);

  public static TrainSection from(SectionValues v) {
    return new TrainSection(v.get(OPTIMIZER), v.get(LR), v.get(CLIP_NORM), v.get(EPOCHS), v.get(BATCH), v.get(PATIENCE),
        v.get(MOMENTUM), v.get(L2), v.get(LR_SCHEDULE), v.get(LR_DECAY), v.get(DEV_METRIC),
        v.get(LR_PATIENCE), v.get(LABEL_SMOOTHING), v.get(AVERAGE_CHECKPOINTS));
  }
}
