package org.seq4j.eval.text;

/**
 * The Unicode general-category classes {@code \p{P}}, {@code \p{S}} and {@code \p{N}} that the
 * {@code intl} tokenizer uses, for code points.
 *
 * <p>Design: Java 17's {@link Character#getType} follows Unicode 13.0, while the sacreBLEU
 * reference values were produced with Python 3.11 (Unicode 14.0). Comparing the two over all code
 * points, they differ only on characters that Unicode 14.0 newly assigned as punctuation, symbols
 * or numbers (208 code points, Java sees them as unassigned). Those ranges are listed below so
 * that the classes agree with Unicode 14.0 exactly; characters added in later Unicode versions are
 * unassigned in both.
 */
final class UnicodeClasses {

  /** Inclusive ranges of Unicode 14.0 additions in category P (punctuation). */
  private static final int[] UNICODE14_PUNCTUATION = {
    0x061D, 0x061D, 0x1B7D, 0x1B7E, 0x2E53, 0x2E5D, 0x10F86, 0x10F89, 0x116B9, 0x116B9, 0x12FF1,
    0x12FF2
  };

  /** Inclusive ranges of Unicode 14.0 additions in category S (symbols). */
  private static final int[] UNICODE14_SYMBOLS = {
    0x0888, 0x0888, 0x20C0, 0x20C0, 0xFBC2, 0xFBC2, 0xFD40, 0xFD4F, 0xFDCF, 0xFDCF, 0xFDFE, 0xFDFF,
    0x1CF50, 0x1CFC3, 0x1D1E9, 0x1D1EA, 0x1F6DD, 0x1F6DF, 0x1F7F0, 0x1F7F0, 0x1F979, 0x1F979,
    0x1F9CC, 0x1F9CC, 0x1FA7B, 0x1FA7C, 0x1FAA9, 0x1FAAC, 0x1FAB7, 0x1FABA, 0x1FAC3, 0x1FAC5,
    0x1FAD7, 0x1FAD9, 0x1FAE0, 0x1FAE7, 0x1FAF0, 0x1FAF6
  };

  /** Inclusive ranges of Unicode 14.0 additions in category N (numbers). */
  private static final int[] UNICODE14_NUMBERS = {0x16AC0, 0x16AC9};

  private UnicodeClasses() {}

  /** {@code \p{P}}: Pc, Pd, Ps, Pe, Pi, Pf or Po. */
  static boolean isPunctuation(int cp) {
    switch (Character.getType(cp)) {
      case Character.CONNECTOR_PUNCTUATION:
      case Character.DASH_PUNCTUATION:
      case Character.START_PUNCTUATION:
      case Character.END_PUNCTUATION:
      case Character.INITIAL_QUOTE_PUNCTUATION:
      case Character.FINAL_QUOTE_PUNCTUATION:
      case Character.OTHER_PUNCTUATION:
        return true;
      case Character.UNASSIGNED:
        return inRanges(cp, UNICODE14_PUNCTUATION);
      default:
        return false;
    }
  }

  /** {@code \p{S}}: Sm, Sc, Sk or So. */
  static boolean isSymbol(int cp) {
    switch (Character.getType(cp)) {
      case Character.MATH_SYMBOL:
      case Character.CURRENCY_SYMBOL:
      case Character.MODIFIER_SYMBOL:
      case Character.OTHER_SYMBOL:
        return true;
      case Character.UNASSIGNED:
        return inRanges(cp, UNICODE14_SYMBOLS);
      default:
        return false;
    }
  }

  /** {@code \p{N}}: Nd, Nl or No. */
  static boolean isNumber(int cp) {
    switch (Character.getType(cp)) {
      case Character.DECIMAL_DIGIT_NUMBER:
      case Character.LETTER_NUMBER:
      case Character.OTHER_NUMBER:
        return true;
      case Character.UNASSIGNED:
        return inRanges(cp, UNICODE14_NUMBERS);
      default:
        return false;
    }
  }

  private static boolean inRanges(int cp, int[] ranges) {
    for (int i = 0; i < ranges.length; i += 2) {
      if (cp >= ranges[i] && cp <= ranges[i + 1]) {
        return true;
      }
    }
    return false;
  }
}
