package org.seq4j.eval.chrf;

/**
 * chrF settings, with sacreBLEU's defaults from {@link #defaults()} (chrF2) and {@link
 * #chrfPlusPlus()} (chrF2++).
 *
 * @param charOrder highest character n-gram order (6)
 * @param wordOrder highest word n-gram order (0 for chrF, 2 for chrF++)
 * @param beta weight of recall against precision (2)
 * @param lowercase case-insensitive chrF
 * @param whitespace keep whitespace in character n-grams (off: whitespace is deleted first)
 * @param epsSmoothing average per-order F-scores with epsilon smoothing (chrF++.py, NLTK, Moses)
 *     instead of sacreBLEU's default effective-order averaging
 */
public record ChrfOptions(
    int charOrder,
    int wordOrder,
    int beta,
    boolean lowercase,
    boolean whitespace,
    boolean epsSmoothing) {

  /** sacreBLEU's default character order. */
  public static final int DEFAULT_CHAR_ORDER = 6;
  /** sacreBLEU's default word order (chrF, not chrF++). */
  public static final int DEFAULT_WORD_ORDER = 0;
  /** The word order that makes chrF++. */
  public static final int CHRF_PLUS_PLUS_WORD_ORDER = 2;
  /** sacreBLEU's default beta. */
  public static final int DEFAULT_BETA = 2;

  public ChrfOptions {
    if (charOrder < 1) {
      throw new IllegalArgumentException("char order must be >= 1, got " + charOrder);
    }
    if (wordOrder < 0) {
      throw new IllegalArgumentException("word order must be >= 0, got " + wordOrder);
    }
    if (beta < 0) {
      throw new IllegalArgumentException("beta must be >= 0, got " + beta);
    }
  }

  /** chrF2: character order 6, no word n-grams, beta 2, mixed case. */
  public static ChrfOptions defaults() {
    return new ChrfOptions(DEFAULT_CHAR_ORDER, DEFAULT_WORD_ORDER, DEFAULT_BETA, false, false, false);
  }

  /** chrF2++: as {@link #defaults()} with word order 2. */
  public static ChrfOptions chrfPlusPlus() {
    return defaults().withWordOrder(CHRF_PLUS_PLUS_WORD_ORDER);
  }

  public ChrfOptions withWordOrder(int order) {
    return new ChrfOptions(charOrder, order, beta, lowercase, whitespace, epsSmoothing);
  }

  public ChrfOptions withLowercase(boolean lc) {
    return new ChrfOptions(charOrder, wordOrder, beta, lc, whitespace, epsSmoothing);
  }

  /** Character plus word orders: the number of statistics triples. */
  public int totalOrder() {
    return charOrder + wordOrder;
  }

  /** sacreBLEU's metric name: {@code chrF2}, {@code chrF2++}, ... */
  public String displayName() {
    return "chrF" + beta + "+".repeat(wordOrder);
  }
}
