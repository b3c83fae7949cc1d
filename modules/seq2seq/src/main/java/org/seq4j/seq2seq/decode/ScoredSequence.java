package org.seq4j.seq2seq.decode;

import java.util.Arrays;

/**
 * One decoded hypothesis: target ids without BOS and EOS, and its score (sum of token
 * log-probabilities, including EOS when it was produced, divided by the length penalty).
 * Immutable: the ids are copied in and out.
 */
public record ScoredSequence(int[] tokens, double score) {
  public ScoredSequence {
    tokens = tokens.clone();
  }

  @Override
  public int[] tokens() {
    return tokens.clone();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ScoredSequence that && Arrays.equals(tokens, that.tokens)
        && Double.compare(score, that.score) == 0;
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(tokens) + Double.hashCode(score);
  }

  @Override
  public String toString() {
    return "ScoredSequence" + Arrays.toString(tokens) + "@" + score;
  }
}
