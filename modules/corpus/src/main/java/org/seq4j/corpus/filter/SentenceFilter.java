package org.seq4j.corpus.filter;

/**
 * One reason to drop a corpus item (sentence, tagged sentence or sentence pair).
 *
 * <p>Filters may be stateful ({@link DuplicateFilter} remembers what it has seen), so a filter
 * instance belongs to one pass over one corpus and is not thread-safe. {@link FilterChain} counts
 * what each filter drops.
 *
 * @param <T> the item type
 */
public interface SentenceFilter<T> {

  /** The reason this filter drops items, as reported in {@link FilterReport}, e.g. {@code too_long}. */
  String reason();

  /** Whether the item passes; an item is dropped by the first filter that rejects it. */
  boolean keep(T item);
}
