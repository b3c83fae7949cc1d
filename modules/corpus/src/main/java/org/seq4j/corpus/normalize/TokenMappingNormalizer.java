package org.seq4j.corpus.normalize;

import java.util.ArrayList;
import java.util.List;

/**
 * A normalizer that rewrites each token on its own and keeps them all, and so can equally be
 * applied to untokenized text ({@link #normalizeText}). Lowercasing, NFC/NFKC and digit folding
 * are of this kind; removing stop words is not.
 *
 * <p>{@link #normalize} copies only when a token changed; an unchanged immutable input list (as
 * tokenizers return) comes back as the same instance, so a pipeline over an already-normalized
 * corpus allocates nothing per sentence.
 */
public abstract class TokenMappingNormalizer implements Normalizer {

  /**
   * Normalizes one token or a whole text.
   *
   * @param text the token or text
   * @return the normalized string; the same instance when nothing changed
   */
  public abstract String normalizeText(String text);

  @Override
  public List<String> normalize(List<String> tokens) {
    List<String> changed = null;
    for (int i = 0, n = tokens.size(); i < n; i++) {
      String token = tokens.get(i);
      String mapped = normalizeText(token);
      if (changed == null && !mapped.equals(token)) {
        changed = new ArrayList<>(tokens.subList(0, i));
      }
      if (changed != null) {
        changed.add(mapped);
      }
    }
    return changed == null ? List.copyOf(tokens) : List.copyOf(changed);
  }
}
