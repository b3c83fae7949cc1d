package org.seq4j.recipe.translation;

import java.util.List;
import java.util.Optional;
import org.seq4j.eval.report.ReportBuilder;
import org.seq4j.recipe.section.Split;
import org.seq4j.recipe.stage.StageResult;

/**
 * What translation evaluation adds to report.json: {@code metrics.<split>.<metric>} for every
 * evaluated split, the sacreBLEU signatures, BLEU (and for toy tasks exact match) by source length,
 * and the sentences with their scores plus best/worst samples of one split. report.json holds one
 * sentence table, so it is the test split's when test was evaluated, else the last split's.
 * Immutable.
 */
final class TranslationReport implements StageResult.ReportContribution {
  /** Best and worst sentences shown in reports. */
  static final int SAMPLES_PER_SIDE = 5;
  private static final String TEST = Split.TEST.id();

  private final List<SplitScores> splits;

  TranslationReport(List<SplitScores> splits) {
    this.splits = List.copyOf(splits);
  }

  @Override
  public void addTo(ReportBuilder report) {
    for (SplitScores s : splits) {
      s.metrics().forEach((metric, value) -> report.metric(s.split(), metric, value));
      s.signatures().forEach(report::signature);
      s.lengthBuckets().forEach(report::lengthBuckets);
    }
    splits.stream().filter(s -> s.split().equals(TEST)).findFirst()
        .or(() -> splits.isEmpty() ? Optional.empty() : Optional.of(splits.get(splits.size() - 1)))
        .ifPresent(s -> report.sentences(s.sentences()).samples(s.sentences().samples(SAMPLES_PER_SIDE)));
  }
}
