package org.seq4j.recipe.section;

import static org.seq4j.recipe.schema.ValueTypes.choice;
import static org.seq4j.recipe.schema.ValueTypes.integer;

import org.seq4j.corpus.toy.ToyTask;
import org.seq4j.recipe.schema.SectionSchema;
import org.seq4j.recipe.schema.SectionValues;
import org.seq4j.recipe.schema.Setting;

/**
 * {@code data.toy}: a generated toy translation task ({@code data.format: toy}), the classic sanity
 * checks for encoder-decoder models: integer sequences copied, reversed or sorted ({@link
 * ToyTask}). The prepare stage generates the splits from the recipe's seed, so a toy recipe needs
 * no corpus files and gives the same data on every machine.
 *
 * @param task the transformation the target applies to the source
 * @param vocabulary tokens are the integers {@code 0..vocabulary-1}
 * @param minLength shortest source, in tokens
 * @param maxLength longest source, in tokens
 * @param train training pairs
 * @param dev development pairs
 * @param test test pairs
 */
public record ToySection(ToyTask task, int vocabulary, int minLength, int maxLength, int train, int dev, int test) {

  public static final int DEFAULT_VOCABULARY = 20;
  /** The toy tasks: integer sequences of length at most 25. */
  public static final int DEFAULT_MAX_LENGTH = 25;
  public static final int DEFAULT_TRAIN = 4000;
  public static final int DEFAULT_DEV = 200;
  public static final int DEFAULT_TEST = 500;

  public static final Setting<ToyTask> TASK =
      Setting.of("task", choice(ToyTask.class), ToyTask.REVERSE, "toy: target = source copied, reversed or sorted");
  public static final Setting<Integer> VOCABULARY =
      Setting.of("vocabulary", integer(1), DEFAULT_VOCABULARY, "toy: tokens are the integers 0..vocabulary-1");
  public static final Setting<Integer> MIN_LENGTH =
      Setting.of("min_length", integer(1), 1, "toy: shortest source sequence, in tokens");
  public static final Setting<Integer> MAX_LENGTH =
      Setting.of("max_length", integer(1), DEFAULT_MAX_LENGTH, "toy: longest source sequence, in tokens");
  public static final Setting<Integer> TRAIN =
      Setting.of("train", integer(1), DEFAULT_TRAIN, "toy: training pairs generated");
  public static final Setting<Integer> DEV =
      Setting.of("dev", integer(1), DEFAULT_DEV, "toy: development pairs generated");
  public static final Setting<Integer> TEST =
      Setting.of("test", integer(1), DEFAULT_TEST, "toy: test pairs generated");

  public static final SectionSchema SCHEMA = SectionSchema.of("toy",
      "Generated toy translation task (data.format toy)", TASK, VOCABULARY, MIN_LENGTH, MAX_LENGTH, TRAIN, DEV, TEST);

  static ToySection from(SectionValues v) {
    return new ToySection(v.get(TASK), v.get(VOCABULARY), v.get(MIN_LENGTH), v.get(MAX_LENGTH), v.get(TRAIN),
        v.get(DEV), v.get(TEST));
  }

  /** Pairs generated for a split. */
  public int size(Split split) {
    return switch (split) {
      case TRAIN -> train;
      case DEV -> dev;
      case TEST -> test;
    };
  }
}
