package org.seq4j.eval.significance;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.seq4j.eval.Metric;

/**
 * Paired bootstrap resampling (Koehn 2004, "Statistical Significance Tests for Machine Translation
 * Evaluation") between two systems on the same test set, for any {@link Metric}.
 *
 * <p>Each resample draws as many segment indices as the test set has, uniformly with replacement,
 * and scores both systems on the <em>same</em> indices from their summed segment statistics (so a
 * resample of BLEU is a corpus BLEU, not a mean of sentence BLEUs). The 95% interval is read off the
 * sorted resampled values at index {@code n/40} and {@code n - n/40 - 1}, as sacreBLEU does.
 *
 * <p>p-value, as sacreBLEU's {@code --paired-bs} defines it: with {@code d = |B - A|} on the full test
 * set and {@code d_i = |B_i - A_i|} on resample {@code i}, count the resamples where {@code d_i -
 * mean(d)} exceeds {@code d} (the resampled differences are shifted to mean zero, giving the
 * distribution under the null hypothesis), and report {@code (count + 1) / (samples + 1)}.
 *
 * <p>Design: the random source is a {@link SplittableRandom} seeded with the given seed and drawn
 * with {@code nextInt(n)}, so a run is reproducible bit for bit from (seed, samples, inputs). It is
 * not numpy's generator, so the resamples (and thus the p-value) differ from sacreBLEU's, while the
 * statistic and the interval rule are the same. sacreBLEU also resamples the baseline's interval
 * separately; here both systems use the same resamples. Inputs are never modified.
 */
public final class PairedBootstrap {

  /** Default number of resamples (sacreBLEU's default for paired bootstrap). */
  public static final int DEFAULT_SAMPLES = 1000;

  /** Confidence level of the intervals. */
  public static final double CONFIDENCE = 0.95;

  /** 2.5% of the resamples lie outside the 95% interval on each side: index n/40, as sacreBLEU. */
  private static final int TAIL_DIVISOR = 40;

  private final int samples;
  private final long seed;

  /**
   * @param samples number of resamples (at least 1)
   * @param seed seed of the resampling
   */
  public PairedBootstrap(int samples, long seed) {
    if (samples < 1) {
      throw new IllegalArgumentException("bootstrap needs at least 1 sample, got " + samples);
    }
    this.samples = samples;
    this.seed = seed;
  }

  /**
   * Compares system B against baseline A.
   *
   * @param systemA segments of the baseline (each holding its own references or gold)
   * @param systemB the same segments as output by system B, in the same order
   * @throws IllegalArgumentException if the two lists differ in length or are empty
   */
  public <T> PairedBootstrapResult compare(Metric<T> metric, List<T> systemA, List<T> systemB) {
    if (systemA.size() != systemB.size()) {
      throw new IllegalArgumentException("paired bootstrap needs the same segments: system A has "
          + systemA.size() + " and system B has " + systemB.size());
    }
    if (systemA.isEmpty()) {
      throw new IllegalArgumentException("paired bootstrap needs at least one segment");
    }
    double[][] statsA = statistics(metric, systemA);
    double[][] statsB = statistics(metric, systemB);
    double scoreA = metric.score(sum(statsA, null));
    double scoreB = metric.score(sum(statsB, null));

    int n = statsA.length;
    SplittableRandom random = new SplittableRandom(seed);
    double[] resampledA = new double[samples];
    double[] resampledB = new double[samples];
    int[] indices = new int[n];
    for (int s = 0; s < samples; s++) {
      for (int j = 0; j < n; j++) {
        indices[j] = random.nextInt(n);
      }
      resampledA[s] = metric.score(sum(statsA, indices));
      resampledB[s] = metric.score(sum(statsB, indices));
    }

    double[] differences = new double[samples];
    double[] absoluteDifferences = new double[samples];
    for (int s = 0; s < samples; s++) {
      differences[s] = resampledB[s] - resampledA[s];
      absoluteDifferences[s] = Math.abs(differences[s]);
    }
    double pValue = pValue(absoluteDifferences, Math.abs(scoreB - scoreA));
    return new PairedBootstrapResult(metric.name(), samples, seed, scoreA, scoreB,
        estimate(resampledA), estimate(resampledB), estimate(differences), pValue);
  }

  /** sacreBLEU's p-value: resamples whose mean-centred |difference| exceeds the observed one. */
  static double pValue(double[] absoluteDifferences, double observed) {
    double mean = mean(absoluteDifferences);
    long exceeding = Arrays.stream(absoluteDifferences).filter(d -> d - mean > observed).count();
    return (exceeding + 1.0) / (absoluteDifferences.length + 1.0);
  }

  static BootstrapEstimate estimate(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int lowerIndex = sorted.length / TAIL_DIVISOR;
    int upperIndex = sorted.length - lowerIndex - 1;
    return new BootstrapEstimate(mean(sorted), sorted[lowerIndex], sorted[upperIndex]);
  }

  private static double mean(double[] values) {
    double total = 0;
    for (double v : values) {
      total += v;
    }
    return total / values.length;
  }

  private static <T> double[][] statistics(Metric<T> metric, List<T> segments) {
    double[][] stats = new double[segments.size()][];
    for (int i = 0; i < stats.length; i++) {
      stats[i] = metric.statistics(segments.get(i));
    }
    return stats;
  }

  /** Element-wise sum of the rows at {@code indices} (of all rows when {@code indices} is null). */
  private static double[] sum(double[][] stats, int[] indices) {
    double[] total = new double[stats[0].length];
    int count = indices == null ? stats.length : indices.length;
    for (int j = 0; j < count; j++) {
      double[] row = stats[indices == null ? j : indices[j]];
      for (int k = 0; k < total.length; k++) {
        total[k] += row[k];
      }
    }
    return total;
  }
}
