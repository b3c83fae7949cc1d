package org.seq4j.corpus.vocab;

/**
 * The reserved vocabulary entries. A vocabulary holds any subset of them, always at the lowest ids
 * and in this declaration order, so with all four present the ids are PAD=0, UNK=1, BOS=2, EOS=3
 * ({@link Vocabulary#PAD_ID} ...), and a tag vocabulary with only PAD still has PAD=0.
 */
public enum SpecialToken {
  /** Padding to the batch length; masked out of losses. */
  PAD(Vocabulary.PAD),
  /** Stands for any token not in the vocabulary. */
  UNK(Vocabulary.UNK),
  /** Beginning of sequence; the first decoder input. */
  BOS(Vocabulary.BOS),
  /** End of sequence; decoding stops when it is produced. */
  EOS(Vocabulary.EOS);

  private final String token;

  SpecialToken(String token) {
    this.token = token;
  }

  /** The token string, e.g. {@code <pad>}. */
  public String token() {
    return token;
  }

  /** The special token with this string, or {@code null}. */
  public static SpecialToken fromToken(String token) {
    for (SpecialToken special : values()) {
      if (special.token.equals(token)) {
        return special;
      }
    }
    return null;
  }
}
