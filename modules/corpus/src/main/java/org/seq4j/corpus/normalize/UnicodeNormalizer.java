package org.seq4j.corpus.normalize;

import java.text.Normalizer.Form;

/**
 * Unicode normalization to NFC (canonical composition: "e" + combining acute becomes "é") or NFKC
 * (additionally folds compatibility characters: the ligature "ﬁ" becomes "fi", full-width letters
 * become ASCII). Checks {@link java.text.Normalizer#isNormalized} first, which is much cheaper than
 * normalizing text that is already normalized, as most corpus text is.
 */
public final class UnicodeNormalizer extends TokenMappingNormalizer {

  /** Short name of the NFC normalizer. */
  public static final String NFC_NAME = "nfc";

  /** Short name of the NFKC normalizer. */
  public static final String NFKC_NAME = "nfkc";

  /** Canonical composition. */
  public static final UnicodeNormalizer NFC = new UnicodeNormalizer(Form.NFC, NFC_NAME);

  /** Compatibility composition. */
  public static final UnicodeNormalizer NFKC = new UnicodeNormalizer(Form.NFKC, NFKC_NAME);

  private final Form form;
  private final String name;

  private UnicodeNormalizer(Form form, String name) {
    this.form = form;
    this.name = name;
  }

  @Override
  public String normalizeText(String text) {
    return java.text.Normalizer.isNormalized(text, form)
        ? text
        : java.text.Normalizer.normalize(text, form);
  }

  @Override
  public String name() {
    return name;
  }
}
