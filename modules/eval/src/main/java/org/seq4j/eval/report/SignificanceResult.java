package org.seq4j.eval.report;

/**
 * A paired significance test between two systems on the same segments (paired bootstrap
 * resampling, as sacreBLEU's {@code --paired-bs}).
 *
 * @param metric the compared metric, e.g. {@code bleu}
 * @param systemA name of the baseline system
 * @param systemB name of the compared system
 * @param scoreA corpus score of A (0-100)
 * @param scoreB corpus score of B (0-100)
 * @param intervalA bootstrap confidence interval of A's score, null when not computed
 * @param intervalB bootstrap confidence interval of B's score, null when not computed
 * @param pValue probability of a difference at least this large by chance (null if not computed)
 * @param resamples number of bootstrap resamples
 * @param confidence confidence level of the intervals, e.g. 0.95
 */
public record SignificanceResult(
    String metric,
    String systemA,
    String systemB,
    double scoreA,
    double scoreB,
    Interval intervalA,
    Interval intervalB,
    Double pValue,
    Integer resamples,
    Double confidence) {}
