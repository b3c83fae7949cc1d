package org.seq4j.corpus.stats;

/**
 * Out-of-vocabulary counts of one split side against the training vocabulary (every type seen in
 * the training split's same side).
 *
 * @param tokens running tokens in the split
 * @param oovTokens of which not seen in training
 * @param types distinct tokens in the split
 * @param oovTypes of which not seen in training
 */
public record OovRate(long tokens, long oovTokens, long types, long oovTypes) {

  /** Fraction of running tokens that are unseen, in [0, 1]; 0 for an empty split. */
  public double tokenRate() {
    return tokens == 0 ? 0 : (double) oovTokens / tokens;
  }

  /** Fraction of distinct tokens that are unseen, in [0, 1]; 0 for an empty split. */
  public double typeRate() {
    return types == 0 ? 0 : (double) oovTypes / types;
  }
}
