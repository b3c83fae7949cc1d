package org.seq4j.eval.tagging;

import java.util.List;
import java.util.Set;

/**
 * Token accuracy: the share of tokens whose predicted tag string equals the gold tag string, over
 * all tokens and split into tokens seen in training ("known": the token form is in the training
 * vocabulary, compared exactly, case-sensitively) and unseen ones ("unknown").
 *
 * @param correct tokens tagged correctly
 * @param total all tokens
 * @param knownCorrect known tokens tagged correctly (0 when no vocabulary was given)
 * @param knownTotal known tokens (0 when no vocabulary was given)
 */
public record TokenAccuracy(long correct, long total, long knownCorrect, long knownTotal) {

  private static final double PERCENT = 100.0;

  /** Counts over {@code sentences}; {@code trainVocabulary} may be empty (then all are unknown). */
  public static TokenAccuracy of(List<TaggedSentence> sentences, Set<String> trainVocabulary) {
    long correct = 0;
    long total = 0;
    long knownCorrect = 0;
    long knownTotal = 0;
    for (TaggedSentence sentence : sentences) {
      for (int i = 0; i < sentence.size(); i++) {
        boolean right = sentence.gold().get(i).equals(sentence.predicted().get(i));
        boolean known = trainVocabulary.contains(sentence.tokens().get(i));
        total++;
        correct += right ? 1 : 0;
        knownTotal += known ? 1 : 0;
        knownCorrect += known && right ? 1 : 0;
      }
    }
    return new TokenAccuracy(correct, total, knownCorrect, knownTotal);
  }

  /** Overall accuracy in percent (0 when there are no tokens). */
  public double accuracy() {
    return percent(correct, total);
  }

  /** Accuracy on known tokens in percent (0 when there are none). */
  public double knownAccuracy() {
    return percent(knownCorrect, knownTotal);
  }

  /** Tokens not in the training vocabulary. */
  public long unknownTotal() {
    return total - knownTotal;
  }

  /** Unknown tokens tagged correctly. */
  public long unknownCorrect() {
    return correct - knownCorrect;
  }

  /** Accuracy on unknown tokens in percent (0 when there are none). */
  public double unknownAccuracy() {
    return percent(unknownCorrect(), unknownTotal());
  }

  private static double percent(long part, long whole) {
    return whole > 0 ? PERCENT * part / whole : 0.0;
  }
}
