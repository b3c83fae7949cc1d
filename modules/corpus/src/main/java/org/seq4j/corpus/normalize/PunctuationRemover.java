package org.seq4j.corpus.normalize;

import java.util.ArrayList;
import java.util.List;

/**
 * Removes tokens that consist only of punctuation: every code point is in a Unicode punctuation
 * category (Pc, Pd, Ps, Pe, Pi, Pf, Po). Tokens that merely contain punctuation ("don't", "U.S.",
 * "e-mail") stay, and so do symbols such as {@code $} or {@code +}, which carry meaning.
 */
public final class PunctuationRemover implements Normalizer {

  /** Short name used in recipes. */
  public static final String NAME = "strip-punct";

  /** Stateless, so one shared instance suffices. */
  public static final PunctuationRemover INSTANCE = new PunctuationRemover();

  private PunctuationRemover() {}

  @Override
  public List<String> normalize(List<String> tokens) {
    List<String> kept = new ArrayList<>(tokens.size());
    for (String token : tokens) {
      if (!isPunctuation(token)) {
        kept.add(token);
      }
    }
    return kept.size() == tokens.size() ? List.copyOf(tokens) : List.copyOf(kept);
  }

  /** Whether the token is non-empty and every code point of it is punctuation. */
  public static boolean isPunctuation(String token) {
    if (token.isEmpty()) {
      return false;
    }
    int i = 0;
    while (i < token.length()) {
      int codePoint = token.codePointAt(i);
      if (!isPunctuationCodePoint(codePoint)) {
        return false;
      }
      i += Character.charCount(codePoint);
    }
    return true;
  }

  private static boolean isPunctuationCodePoint(int codePoint) {
    return switch (Character.getType(codePoint)) {
      case Character.CONNECTOR_PUNCTUATION,
          Character.DASH_PUNCTUATION,
          Character.START_PUNCTUATION,
          Character.END_PUNCTUATION,
          Character.INITIAL_QUOTE_PUNCTUATION,
          Character.FINAL_QUOTE_PUNCTUATION,
          Character.OTHER_PUNCTUATION -> true;
      default -> false;
    };
  }

  @Override
  public String name() {
    return NAME;
  }
}
