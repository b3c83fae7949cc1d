package org.seq4j.corpus.normalize;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Looks normalizers up by the short names recipes use: {@code lowercase}, {@code nfc}, {@code
 * nfkc}, {@code digits}, {@code strip-punct}, {@code stopwords}. The stop word step takes an
 * optional file after a colon, {@code stopwords:path/to/list.txt}; without one it uses the built-in
 * English list.
 */
public final class Normalizers {

  /** Every valid normalizer name, in the order error messages list them. */
  public static final List<String> NAMES =
      List.of(
          LowercaseNormalizer.NAME,
          UnicodeNormalizer.NFC_NAME,
          UnicodeNormalizer.NFKC_NAME,
          DigitFoldingNormalizer.NAME,
          PunctuationRemover.NAME,
          StopwordRemover.NAME);

  /** Separates a normalizer name from its argument, as in {@code stopwords:FILE}. */
  public static final char ARGUMENT_SEPARATOR = ':';

  private Normalizers() {}

  /**
   * The normalizer for this spec.
   *
   * @param spec a short name, or {@code stopwords:FILE}
   * @throws IllegalArgumentException for an unknown name (the message lists the valid names) or an
   *     argument given to a step that takes none
   * @throws org.seq4j.corpus.BadInputException if a stop word file is missing or malformed
   */
  public static Normalizer byName(String spec) {
    if (spec == null) {
      throw invalid(null);
    }
    int colon = spec.indexOf(ARGUMENT_SEPARATOR);
    String name = colon < 0 ? spec : spec.substring(0, colon);
    String argument = colon < 0 ? null : spec.substring(colon + 1);
    if (argument != null && !name.equals(StopwordRemover.NAME)) {
      throw new IllegalArgumentException(
          "Normalizer '" + name + "' takes no argument, found '" + spec + "'");
    }
    return switch (name) {
      case LowercaseNormalizer.NAME -> LowercaseNormalizer.INSTANCE;
      case UnicodeNormalizer.NFC_NAME -> UnicodeNormalizer.NFC;
      case UnicodeNormalizer.NFKC_NAME -> UnicodeNormalizer.NFKC;
      case DigitFoldingNormalizer.NAME -> DigitFoldingNormalizer.INSTANCE;
      case PunctuationRemover.NAME -> PunctuationRemover.INSTANCE;
      case StopwordRemover.NAME -> stopwords(argument);
      default -> throw invalid(spec);
    };
  }

  /** A pipeline of the named steps, in order (each as in {@link #byName}). */
  public static NormalizerPipeline pipeline(List<String> specs) {
    List<Normalizer> steps = new ArrayList<>(specs.size());
    for (String spec : specs) {
      steps.add(byName(spec));
    }
    return new NormalizerPipeline(steps);
  }

  private static StopwordRemover stopwords(String file) {
    if (file == null) {
      return StopwordRemover.english();
    }
    if (file.isBlank()) {
      throw new IllegalArgumentException("Normalizer 'stopwords:' needs a file after the colon");
    }
    return StopwordRemover.fromFile(Path.of(file));
  }

  private static IllegalArgumentException invalid(String spec) {
    return new IllegalArgumentException(
        "Invalid normalizer '" + spec + "': expected " + String.join("|", NAMES)
            + " (stopwords may name a file: stopwords:FILE)");
  }
}
