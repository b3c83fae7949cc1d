package org.seq4j.eval.chrf;

/**
 * chrF from its statistics, in sacreBLEU 2.6.0's exact order of floating-point operations ({@code
 * CHRF._compute_f_score}).
 *
 * <p>Default (effective order): average precision and recall over the orders where both the
 * hypothesis and the reference have n-grams, then F-beta of the averages, times 100; 0 if both
 * averages are 0. With epsilon smoothing: the mean of per-order F-beta scores, where a missing
 * precision, recall or F is {@value #EPS}.
 */
final class ChrfFormula {

  static final double EPS = 1e-16;
  private static final int PERCENT = 100;

  private ChrfFormula() {}

  static double score(long[] stats, ChrfOptions options) {
    int order = options.totalOrder();
    int factor = options.beta() * options.beta();
    double epsScore = 0.0;
    double avgPrec = 0.0;
    double avgRec = 0.0;
    int effectiveOrder = 0;
    for (int i = 0; i < order; i++) {
      long nHyp = stats[3 * i];
      long nRef = stats[3 * i + 1];
      long nMatch = stats[3 * i + 2];
      double prec = nHyp > 0 ? (double) nMatch / (double) nHyp : EPS;
      double rec = nRef > 0 ? (double) nMatch / (double) nRef : EPS;
      double denom = factor * prec + rec;
      epsScore += denom > 0 ? (1 + factor) * prec * rec / denom : EPS;
      if (nHyp > 0 && nRef > 0) {
        avgPrec += prec;
        avgRec += rec;
        effectiveOrder++;
      }
    }
    if (options.epsSmoothing()) {
      return PERCENT * epsScore / order;
    }
    if (effectiveOrder == 0) {
      avgPrec = 0.0;
      avgRec = 0.0;
    } else {
      avgPrec /= effectiveOrder;
      avgRec /= effectiveOrder;
    }
    if (avgPrec + avgRec != 0) {
      double score = (1 + factor) * avgPrec * avgRec;
      score /= (factor * avgPrec) + avgRec;
      return PERCENT * score;
    }
    return 0.0;
  }
}
