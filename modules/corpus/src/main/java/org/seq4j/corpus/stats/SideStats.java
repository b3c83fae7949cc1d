package org.seq4j.corpus.stats;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Counts for one side (the words of a tagged corpus, or the source or target of a parallel one) of
 * one split.
 *
 * @param tokens running tokens
 * @param types distinct tokens
 * @param minLength shortest sentence in tokens (0 for no sentences)
 * @param maxLength longest sentence in tokens
 * @param meanLength mean sentence length in tokens
 * @param lengths sentence-length histogram
 * @param oov unseen tokens against the training split, or {@code null} for the training split
 *     itself (or when there is no training split)
 */
public record SideStats(
    long tokens,
    long types,
    int minLength,
    int maxLength,
    double meanLength,
    LengthHistogram lengths,
    OovRate oov) {

  /** As plain JSON-ready values; rates are fractions in [0, 1]. */
  public Map<String, Object> toMap() {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("tokens", tokens);
    map.put("types", types);
    map.put("min_length", minLength);
    map.put("max_length", maxLength);
    map.put("mean_length", meanLength);
    map.put("length_bucket_width", lengths.bucketWidth());
    map.put("length_histogram", lengths.toMap());
    if (oov != null) {
      map.put("oov_tokens", oov.oovTokens());
      map.put("oov_types", oov.oovTypes());
      map.put("oov_token_rate", oov.tokenRate());
      map.put("oov_type_rate", oov.typeRate());
    }
    return map;
  }
}
