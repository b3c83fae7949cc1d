package org.seq4j.eval;

import java.util.List;

/**
 * The one shape every corpus-level metric has: per-segment additive sufficient statistics, and a
 * score computed from their sum. BLEU (n-gram counts and lengths), chrF (character n-gram
 * triples), accuracy (correct, total) and entity F1 (correct, found, gold) all fit it, so corpus
 * scores, per-sentence scores and paired bootstrap resampling share one implementation: a
 * resample just sums a different multiset of segment statistics. This is how sacreBLEU structures
 * its metrics too.
 *
 * @param <T> one evaluation segment (a hypothesis with its references, a gold/predicted tag
 *     sequence, ...)
 */
public interface Metric<T> {

  /** Short name used in reports and on the command line, e.g. {@code bleu}, {@code f1}. */
  String name();

  /** Additive statistics of one segment; the array length is the same for every segment. */
  double[] statistics(T segment);

  /** The score (0-100) for summed statistics. */
  double score(double[] summedStatistics);

  /** Corpus score: the score of the element-wise sum of all segment statistics. */
  default double corpusScore(List<T> segments) {
    double[] sum = null;
    for (T segment : segments) {
      double[] s = statistics(segment);
      if (sum == null) {
        sum = s.clone();
      } else {
        for (int i = 0; i < s.length; i++) {
          sum[i] += s[i];
        }
      }
    }
    return sum == null ? 0.0 : score(sum);
  }
}
