package org.seq4j.corpus.normalize;

/**
 * Replaces every decimal digit of any script ({@link Character#isDigit}, so also Arabic-Indic or
 * full-width digits) by ASCII {@code 0}: "1984" and "2024" share one vocabulary entry {@code 0000}.
 * Scans without allocating when the text has no digit.
 */
public final class DigitFoldingNormalizer extends TokenMappingNormalizer {

  /** Short name used in recipes. */
  public static final String NAME = "digits";

  /** What every digit becomes. */
  public static final char FOLDED_DIGIT = '0';

  /** Stateless, so one shared instance suffices. */
  public static final DigitFoldingNormalizer INSTANCE = new DigitFoldingNormalizer();

  private DigitFoldingNormalizer() {}

  @Override
  public String normalizeText(String text) {
    int length = text.length();
    int first = 0;
    while (first < length && !Character.isDigit(text.codePointAt(first))) {
      first += Character.charCount(text.codePointAt(first));
    }
    if (first == length) {
      return text;
    }
    StringBuilder folded = new StringBuilder(length).append(text, 0, first);
    int i = first;
    while (i < length) {
      int codePoint = text.codePointAt(i);
      if (Character.isDigit(codePoint)) {
        folded.append(FOLDED_DIGIT);
      } else {
        folded.appendCodePoint(codePoint);
      }
      i += Character.charCount(codePoint);
    }
    return folded.toString();
  }

  @Override
  public String name() {
    return NAME;
  }
}
