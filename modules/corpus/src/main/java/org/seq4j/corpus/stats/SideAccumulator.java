package org.seq4j.corpus.stats;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Collects counts for one side of one split; mutable, one per pass. */
final class SideAccumulator {

  private final Map<String, long[]> typeCounts = new HashMap<>();
  private final List<Long> histogram = new ArrayList<>();
  private final int bucketWidth;
  private long sentences;
  private long tokens;
  private int minLength = Integer.MAX_VALUE;
  private int maxLength;

  SideAccumulator(int bucketWidth) {
    this.bucketWidth = bucketWidth;
  }

  void add(List<String> sentence) {
    for (String token : sentence) {
      typeCounts.computeIfAbsent(token, t -> new long[1])[0]++;
    }
    int length = sentence.size();
    sentences++;
    tokens += length;
    minLength = Math.min(minLength, length);
    maxLength = Math.max(maxLength, length);
    int bucket = length / bucketWidth;
    while (histogram.size() <= bucket) {
      histogram.add(0L);
    }
    histogram.set(bucket, histogram.get(bucket) + 1);
  }

  boolean hasType(String type) {
    return typeCounts.containsKey(type);
  }

  /** The finished counts; {@code training} is the training split's side, or null. */
  SideStats finish(SideAccumulator training) {
    OovRate oov = null;
    if (training != null) {
      long oovTokens = 0;
      long oovTypes = 0;
      for (Map.Entry<String, long[]> entry : typeCounts.entrySet()) {
        if (!training.hasType(entry.getKey())) {
          oovTypes++;
          oovTokens += entry.getValue()[0];
        }
      }
      oov = new OovRate(tokens, oovTokens, typeCounts.size(), oovTypes);
    }
    double mean = sentences == 0 ? 0 : (double) tokens / sentences;
    return new SideStats(
        tokens,
        typeCounts.size(),
        sentences == 0 ? 0 : minLength,
        maxLength,
        mean,
        new LengthHistogram(bucketWidth, histogram),
        oov);
  }
}
