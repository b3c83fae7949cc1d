package org.seq4j.recipe.section;

import static org.seq4j.recipe.schema.ValueTypes.bool;
import static org.seq4j.recipe.schema.ValueTypes.choiceList;
import static org.seq4j.recipe.schema.ValueTypes.integer;
import static org.seq4j.recipe.schema.ValueTypes.number;

import java.util.List;
import java.util.Optional;
import org.seq4j.recipe.schema.SectionSchema;
import org.seq4j.recipe.schema.SectionValues;
import org.seq4j.recipe.schema.Setting;
import org.seq4j.seq2seq.decode.LengthLimit;

/**
 * {@code evaluate}: which splits to score, with which metrics, and how translation decodes.
 *
 * @param splits splits to evaluate
 * @param metrics metrics to report; empty: the task's standard metrics
 * @param beamSize translation beam size (1: greedy)
 * @param nBest translation hypotheses kept per sentence ({@code <= beam_size})
 * @param lengthPenalty translation: GNMT length-penalty alpha of beam search (0: none)
 * @param maxLengthRatio translation: outputs stop at {@code max_length_ratio * source length} plus the
 *     offset of {@link LengthLimit#DEFAULT}
 * @param replaceUnknowns translation: replace each output {@code <unk>} by the most-attended source token
 */
public record EvaluateSection(List<Split> splits, Optional<List<MetricName>> metrics, int beamSize, int nBest,
    double lengthPenalty, double maxLengthRatio, boolean replaceUnknowns) {

  /** Metrics a recipe can ask for. */
  public enum MetricName {
    ACCURACY(Task.TAGGING),
    F1(Task.TAGGING),
    BLEU(Task.TRANSLATION),
    CHRF(Task.TRANSLATION);

    private final Task task;

    MetricName(Task task) {
      this.task = task;
    }

    /** The task whose output this metric scores. */
    public Task task() {
      return task;
    }
  }

  public static final int DEFAULT_BEAM_SIZE = 5;
  /** Largest accepted GNMT alpha (published values are 0.2 to 1). */
  public static final double MAX_LENGTH_PENALTY = 5.0;
  /** Largest accepted output/source length ratio. */
  public static final double MAX_OUTPUT_RATIO = 100.0;

  public static final Setting<List<Split>> SPLITS =
      Setting.of("splits", choiceList(Split.class), List.of(Split.DEV, Split.TEST), "Splits to evaluate");
  public static final Setting<List<MetricName>> METRICS =
      Setting.optional("metrics", choiceList(MetricName.class), "Metrics to report; unset: accuracy,f1 for tagging, bleu,chrf for translation");
  public static final Setting<Integer> BEAM_SIZE =
      Setting.of("beam_size", integer(1), DEFAULT_BEAM_SIZE, "Translation: beam size (1: greedy search)");
  public static final Setting<Integer> N_BEST =
      Setting.of("n_best", integer(1), 1, "Translation: hypotheses kept per sentence (at most beam_size)");
  public static final Setting<Double> LENGTH_PENALTY =
      Setting.of("length_penalty", number(0, MAX_LENGTH_PENALTY), 0.0,
          "Translation: GNMT length-penalty alpha of beam search (Wu et al. 2016); 0: plain log-probability");
  public static final Setting<Double> MAX_LENGTH_RATIO =
      Setting.of("max_length_ratio", number(0, MAX_OUTPUT_RATIO), LengthLimit.DEFAULT.ratio(),
          "Translation: outputs stop at this many times the source length, plus " + LengthLimit.DEFAULT.offset() + " tokens");
  public static final Setting<Boolean> REPLACE_UNKNOWNS =
      Setting.of("replace_unknowns", bool(), false,
          "Translation: replace each output <unk> by the source token attended most when it was emitted (needs attention)");

  public static final SectionSchema SCHEMA =
      SectionSchema.of("evaluate", "Evaluation", SPLITS, METRICS, BEAM_SIZE, N_BEST, LENGTH_PENALTY,
          MAX_LENGTH_RATIO, REPLACE_UNKNOWNS);

  public static EvaluateSection from(SectionValues v) {
    return new EvaluateSection(v.get(SPLITS), v.optional(METRICS), v.get(BEAM_SIZE), v.get(N_BEST),
        v.get(LENGTH_PENALTY), v.get(MAX_LENGTH_RATIO), v.get(REPLACE_UNKNOWNS));
  }
}
