package org.seq4j.tagger.model;

import java.util.Locale;

/** Character-level word features concatenated to the word embedding, by recipe short name. */
public enum CharFeatures {
  /** Word embeddings only. */
  NONE,
  /** A character CNN with max-pooling (Ma &amp; Hovy 2016). */
  CNN,
  /** The final states of a character BiLSTM (Lample et al. 2016). */
  LSTM;

  public String shortName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses {@code none|cnn|lstm}, case-insensitively. */
  public static CharFeatures fromShortName(String name) {
    return ShortNames.parse(CharFeatures.class, name, "char_features");
  }
}
