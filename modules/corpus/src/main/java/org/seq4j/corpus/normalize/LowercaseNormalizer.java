package org.seq4j.corpus.normalize;

import java.util.Locale;

/**
 * Lowercases with {@link Locale#ROOT}, so results do not depend on the machine's locale (a Turkish
 * default locale would otherwise turn "I" into dotless "ı").
 */
public final class LowercaseNormalizer extends TokenMappingNormalizer {

  /** Short name used in recipes. */
  public static final String NAME = "lowercase";

  /** Stateless, so one shared instance suffices. */
  public static final LowercaseNormalizer INSTANCE = new LowercaseNormalizer();

  private LowercaseNormalizer() {}

  @Override
  public String normalizeText(String text) {
    return text.toLowerCase(Locale.ROOT);
  }

  @Override
  public String name() {
    return NAME;
  }
}
