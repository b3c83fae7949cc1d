package org.seq4j.tagger.model;

import java.util.Locale;

/** How tag scores become tags. */
public enum OutputLayer {
  /** Independent softmax per token, trained with cross-entropy, decoded by argmax. */
  SOFTMAX,
  /** A linear-chain CRF over the per-token scores, trained by likelihood, decoded by Viterbi. */
  CRF;

  public String shortName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses {@code softmax|crf}, case-insensitively. */
  public static OutputLayer fromShortName(String name) {
    return ShortNames.parse(OutputLayer.class, name, "output");
  }
}
