package org.seq4j.recipe.section;

import static org.seq4j.recipe.schema.ValueTypes.choiceList;
import static org.seq4j.recipe.schema.ValueTypes.integer;

import java.util.List;
import java.util.Optional;
import org.seq4j.recipe.schema.SectionSchema;
import org.seq4j.recipe.schema.SectionValues;
import org.seq4j.recipe.schema.Setting;

/**
 * {@code evaluate}: which splits to score, with which metrics, and how translation decodes.
 *
 * @param splits splits to evaluate
 * @param metrics metrics to report; empty: the task's standard metrics
 * @param beamSize translation beam size (1: greedy)
 * @param nBest translation hypotheses kept per sentence ({@code <= beam_size})
 */
public record EvaluateSection(List<Split> splits, Optional<List<MetricName>> metrics, int beamSize, int nBest) {

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

  public static final Setting<List<Split>> SPLITS =
      Setting.of("splits", choiceList(Split.class), List.of(Split.DEV, Split.TEST), "Splits to evaluate");
  public static final Setting<List<MetricName>> METRICS =
      Setting.optional("metrics", choiceList(MetricName.class), "Metrics to report; unset: accuracy,f1 for tagging, bleu,chrf for translation");
  public static final Setting<Integer> BEAM_SIZE =
      Setting.of("beam_size", integer(1), DEFAULT_BEAM_SIZE, "Translation: beam size (1: greedy search)");
  public static final Setting<Integer> N_BEST =
      Setting.of("n_best", integer(1), 1, "Translation: hypotheses kept per sentence (at most beam_size)");

  public static final SectionSchema SCHEMA =
      SectionSchema.of("evaluate", "Evaluation", SPLITS, METRICS, BEAM_SIZE, N_BEST);

  public static EvaluateSection from(SectionValues v) {
    return new EvaluateSection(v.get(SPLITS), v.optional(METRICS), v.get(BEAM_SIZE), v.get(N_BEST));
  }
}
