package org.seq4j.eval.bleu;

/**
 * BLEU from its statistics, in sacreBLEU 2.6.0's exact order of floating-point operations.
 *
 * <p>Design: the reference values are reproduced bit for bit only if every operation happens as in
 * sacreBLEU's {@code compute_bleu}: precision {@code (100.0 * matches) / total}; exp smoothing
 * {@code 100.0 / (2^k * total)}; floor {@code (100.0 * value) / total}; add-k adds k to the counts
 * and totals of orders 2..4 before the precision; the log-precisions are summed left to right
 * (Python 3.11's {@code sum}) with {@code log(0)} taken as {@value #LOG_ZERO}; and {@link Math#log}
 * / {@link Math#exp}, not {@link StrictMath}, which differs from CPython's libm in the last bits.
 * The loop stops at the first order with no n-grams; if no n-gram matches at all the score is 0
 * with all precisions 0.
 */
final class BleuFormula {

  /** sacreBLEU's {@code my_log(0)}. */
  static final double LOG_ZERO = -9999999999.0;

  private static final double PERCENT = 100.0;
  private static final double EXP_SMOOTHING_BASE = 2.0;

  private BleuFormula() {}

  static BleuScore score(BleuStatistics stats, BleuOptions options) {
    int maxOrder = BleuOptions.MAX_ORDER;
    long sysLen = stats.sysLen();
    long refLen = stats.refLen();
    double bp;
    if (sysLen < refLen) {
      bp = sysLen > 0 ? Math.exp(1 - (double) refLen / (double) sysLen) : 0.0;
    } else {
      bp = 1.0;
    }
    double ratio = refLen != 0 ? (double) sysLen / (double) refLen : 0.0;
    double[] precisions = new double[maxOrder];
    double[] matches = new double[maxOrder];
    double[] totals = new double[maxOrder];
    boolean anyMatch = false;
    for (int i = 0; i < maxOrder; i++) {
      matches[i] = stats.matchesAt(i + 1);
      totals[i] = stats.totalsAt(i + 1);
      anyMatch |= matches[i] != 0;
    }
    if (!anyMatch) {
      return new BleuScore(0.0, stats, precisions, matches, totals, bp, ratio);
    }

    SmoothMethod method = options.smoothMethod();
    double smoothValue = method.takesValue() ? options.effectiveSmoothValue() : 0.0;
    double smoothMteval = 1.0;
    int effectiveOrder = maxOrder;
    for (int n = 1; n <= maxOrder; n++) {
      if (method == SmoothMethod.ADD_K && n > 1) {
        matches[n - 1] += smoothValue;
        totals[n - 1] += smoothValue;
      }
      if (totals[n - 1] == 0) {
        break;
      }
      if (options.effectiveOrder()) {
        effectiveOrder = n;
      }
      if (matches[n - 1] == 0) {
        if (method == SmoothMethod.EXP) {
          smoothMteval *= EXP_SMOOTHING_BASE;
          precisions[n - 1] = PERCENT / (smoothMteval * totals[n - 1]);
        } else if (method == SmoothMethod.FLOOR) {
          precisions[n - 1] = PERCENT * smoothValue / totals[n - 1];
        }
      } else {
        precisions[n - 1] = PERCENT * matches[n - 1] / totals[n - 1];
      }
    }

    double logSum = 0.0;
    for (int i = 0; i < effectiveOrder; i++) {
      logSum += precisions[i] == 0.0 ? LOG_ZERO : Math.log(precisions[i]);
    }
    double score = bp * Math.exp(logSum / effectiveOrder);
    return new BleuScore(score, stats, precisions, matches, totals, bp, ratio);
  }
}
