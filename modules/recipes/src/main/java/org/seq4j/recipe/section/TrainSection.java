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
 */
public record TrainSection(Optimizer optimizer, double lr, double clipNorm, int epochs, int batch, int patience) {

  /** Optimizers. */
  public enum Optimizer {
    ADAM,
    SGD
  }

  public static final double DEFAULT_LR = 0.001;
  public static final double MAX_LR = 10;
  public static final double DEFAULT_CLIP_NORM = 5.0;
  public static final double MAX_CLIP_NORM = 1e6;
  public static final int DEFAULT_EPOCHS = 10;
  public static final int DEFAULT_BATCH = 32;

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

  public static final SectionSchema SCHEMA =
      SectionSchema.of("train", "The training loop", OPTIMIZER, LR, CLIP_NORM, EPOCHS, BATCH, PATIENCE);

  public static TrainSection from(SectionValues v) {
    return new TrainSection(v.get(OPTIMIZER), v.get(LR), v.get(CLIP_NORM), v.get(EPOCHS), v.get(BATCH), v.get(PATIENCE));
  }
}
