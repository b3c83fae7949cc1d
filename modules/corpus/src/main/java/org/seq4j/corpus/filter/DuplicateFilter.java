package org.seq4j.corpus.filter;

import java.util.HashSet;
import java.util.Set;

/**
 * Drops exact repeats of an earlier item, keeping the first occurrence. Items are compared with
 * {@code equals}, which for the corpus records ({@code SentencePair}, {@code TaggedSentence}) and
 * token lists is value equality, so no key strings are built. Stateful: one instance per pass.
 */
public final class DuplicateFilter<T> implements SentenceFilter<T> {

  /** Reported reason. */
  public static final String REASON = "duplicate";

  private final Set<T> seen = new HashSet<>();

  @Override
  public String reason() {
    return REASON;
  }

  @Override
  public boolean keep(T item) {
    return seen.add(item);
  }
}
