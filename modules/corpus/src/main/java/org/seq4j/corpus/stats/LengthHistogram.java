package org.seq4j.corpus.stats;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Sentence lengths in buckets of equal width: bucket {@code i} counts lengths in {@code [i × width,
 * (i + 1) × width - 1]}. Buckets run from 0 to the one holding the longest sentence, so empty
 * buckets in between are listed as 0.
 *
 * @param bucketWidth lengths per bucket
 * @param counts sentences per bucket
 */
public record LengthHistogram(int bucketWidth, List<Long> counts) {

  /** Bucket width used unless a caller chooses another: 1–9 tokens, 10–19, ... */
  public static final int DEFAULT_BUCKET_WIDTH = 10;

  public LengthHistogram {
    if (bucketWidth < 1) {
      throw new IllegalArgumentException("bucketWidth must be at least 1, got " + bucketWidth);
    }
    counts = List.copyOf(counts);
  }

  /** Bucket label, e.g. {@code 10-19}. */
  public String label(int bucket) {
    int from = bucket * bucketWidth;
    return from + "-" + (from + bucketWidth - 1);
  }

  /** Buckets as label to count, in order, for JSON. */
  public Map<String, Long> toMap() {
    Map<String, Long> map = new LinkedHashMap<>();
    for (int i = 0; i < counts.size(); i++) {
      map.put(label(i), counts.get(i));
    }
    return map;
  }
}
