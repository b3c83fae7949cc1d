package org.seq4j.recipe.translation;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.seq4j.eval.report.LengthBucket;
import org.seq4j.eval.report.LengthBuckets;
import org.seq4j.eval.text.TextSegment;

/**
 * Source-length buckets of {@value #WIDTH} words ({@code 1-10}, {@code 11-20}, ...) up to an open
 * last bucket ({@code 41+}), the usual breakdown of translation quality by sentence length.
 * Buckets past the longest source are left out; an empty bucket in between is reported with count
 * 0 and no score. An empty source (possible when preparation keeps empty lines) counts in the
 * first bucket. Immutable.
 */
final class SourceLengthBuckets {
  /** Words per bucket. */
  static final int WIDTH = 10;
  /** Buckets, the last one open-ended. */
  static final int COUNT = 5;

  private final int used;

  private SourceLengthBuckets(int used) {
    this.used = used;
  }

  /** The buckets needed for these source lengths. */
  static SourceLengthBuckets of(List<Integer> sourceLengths) {
    int longest = sourceLengths.stream().mapToInt(Integer::intValue).max().orElse(0);
    return new SourceLengthBuckets(index(longest) + 1);
  }

  static int index(int length) {
    return Math.min(COUNT - 1, Math.max(0, (length - 1) / WIDTH));
  }

  static String label(int index) {
    int from = index * WIDTH + 1;
    return index == COUNT - 1 ? from + "+" : from + "-" + (from + WIDTH - 1);
  }

  String labelOf(int length) {
    return label(index(length));
  }

  /** The corpus score of each bucket's segments. */
  LengthBuckets scores(String metric, String split, List<TextSegment> segments, List<Integer> lengths,
      ToDoubleFunction<List<TextSegment>> corpusScore) {
    List<List<TextSegment>> members = new ArrayList<>();
    for (int b = 0; b < used; b++) {
      members.add(new ArrayList<>());
    }
    for (int i = 0; i < segments.size(); i++) {
      members.get(index(lengths.get(i))).add(segments.get(i));
    }
    List<LengthBucket> buckets = new ArrayList<>(used);
    for (int b = 0; b < used; b++) {
      List<TextSegment> in = members.get(b);
      buckets.add(new LengthBucket(label(b), in.size(), in.isEmpty() ? null : corpusScore.applyAsDouble(in)));
    }
    return new LengthBuckets(metric, split, buckets);
  }
}
