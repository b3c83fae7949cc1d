package org.seq4j.eval.report;

import java.util.Map;

/**
 * One evaluated segment. For translation: source, reference and hypothesis sentences with a
 * sentence-level BLEU/chrF. For tagging: the tokens as source, gold tags as reference, predicted
 * tags as hypothesis, with the sentence's tag accuracy. {@code extra} holds any further columns
 * (e.g. a second reference, the length bucket), in order.
 */
public record SentenceScore(
    String id,
    String source,
    String reference,
    String hypothesis,
    Double score,
    Map<String, String> extra) {

  public SentenceScore {
    extra = Copies.orderedMap(extra);
  }

  public SentenceScore(String id, String source, String reference, String hypothesis, Double score) {
    this(id, source, reference, hypothesis, score, Map.of());
  }
}
