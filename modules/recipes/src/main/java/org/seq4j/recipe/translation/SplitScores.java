package org.seq4j.recipe.translation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.seq4j.eval.report.LengthBuckets;
import org.seq4j.eval.report.SentenceScores;

/**
 * The scores of one evaluated split, ready for report.json. Immutable.
 *
 * @param split the split name
 * @param metrics metric name → percentage, in report order
 * @param signatures metric name → sacreBLEU signature
 * @param sentences every sentence with its sentence score
 * @param lengthBuckets scores by source length
 */
public record SplitScores(String split, Map<String, Double> metrics, Map<String, String> signatures,
    SentenceScores sentences, List<LengthBuckets> lengthBuckets) {

  public SplitScores {
    metrics = Collections.unmodifiableMap(new LinkedHashMap<>(metrics));
    signatures = Collections.unmodifiableMap(new LinkedHashMap<>(signatures));
    lengthBuckets = List.copyOf(lengthBuckets);
  }
}
