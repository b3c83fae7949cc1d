package org.seq4j.eval.significance;

/**
 * The outcome of a paired bootstrap test of system B against baseline A.
 *
 * @param metric the metric's name, e.g. {@code bleu}, {@code f1}
 * @param samples number of bootstrap resamples
 * @param seed seed of the resampling
 * @param scoreA corpus score of A on the full test set
 * @param scoreB corpus score of B on the full test set
 * @param a bootstrap distribution of A's score
 * @param b bootstrap distribution of B's score
 * @param difference bootstrap distribution of B's score minus A's score
 * @param pValue sacreBLEU's paired-bootstrap p-value for the difference (see {@link
 *     PairedBootstrap})
 */
public record PairedBootstrapResult(
    String metric,
    int samples,
    long seed,
    double scoreA,
    double scoreB,
    BootstrapEstimate a,
    BootstrapEstimate b,
    BootstrapEstimate difference,
    double pValue) {

  /** B's corpus score minus A's. */
  public double delta() {
    return scoreB - scoreA;
  }
}
