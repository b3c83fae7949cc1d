package org.seq4j.embeddings;

import java.util.Locale;
import java.util.Map;

/**
 * How much of a corpus vocabulary a set of word vectors covers, by type and by token, exactly and
 * with a lowercase fallback (the fallback {@link EmbeddingInitializer} also uses).
 *
 * @param types distinct words in the corpus
 * @param tokens running words in the corpus
 * @param typesExact types found as they are
 * @param tokensExact tokens whose word is found as it is
 * @param typesWithLowercase types found as they are or lowercased
 * @param tokensWithLowercase tokens found as they are or lowercased
 */
public record Coverage(
    long types,
    long tokens,
    long typesExact,
    long tokensExact,
    long typesWithLowercase,
    long tokensWithLowercase) {

  /** Computes coverage of {@code counts} (word → frequency) by {@code vectors}. */
  public static Coverage of(Map<String, Long> counts, WordVectors vectors) {
    long types = 0;
    long tokens = 0;
    long te = 0;
    long ke = 0;
    long tl = 0;
    long kl = 0;
    for (Map.Entry<String, Long> e : counts.entrySet()) {
      long n = e.getValue();
      types++;
      tokens += n;
      boolean exact = vectors.contains(e.getKey());
      boolean lower = exact || vectors.contains(e.getKey().toLowerCase(Locale.ROOT));
      if (exact) {
        te++;
        ke += n;
      }
      if (lower) {
        tl++;
        kl += n;
      }
    }
    return new Coverage(types, tokens, te, ke, tl, kl);
  }

  /** Percentage of types covered exactly or lowercased. */
  public double typeRate() {
    return types == 0 ? 0 : 100.0 * typesWithLowercase / types;
  }

  /** Percentage of tokens covered exactly or lowercased. */
  public double tokenRate() {
    return tokens == 0 ? 0 : 100.0 * tokensWithLowercase / tokens;
  }

  /** One-line human summary. */
  public String summary() {
    return String.format(
        Locale.ROOT,
        "coverage: %d/%d types (%.2f%%), %d/%d tokens (%.2f%%) incl. lowercase fallback; exact: %d types, %d tokens",
        typesWithLowercase,
        types,
        typeRate(),
        tokensWithLowercase,
        tokens,
        tokenRate(),
        typesExact,
        tokensExact);
  }
}
