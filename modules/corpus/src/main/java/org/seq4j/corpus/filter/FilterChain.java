package org.seq4j.corpus.filter;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Filters applied in order, counting each dropped item under the reason of the first filter that
 * rejected it, so nothing is dropped silently.
 *
 * <p>One chain is one pass over one corpus: it accumulates counts and its filters may remember
 * items (duplicates), so it is not thread-safe and not reusable across corpora. Use {@link
 * #accept} to stream items (large files) or {@link #filter} for a list. Items are never modified.
 */
public final class FilterChain<T> {

  private final List<SentenceFilter<T>> filters;
  private final long[] dropped;
  private long input;

  /** A chain of these filters, applied first to last. */
  public FilterChain(List<? extends SentenceFilter<T>> filters) {
    this.filters = List.copyOf(filters);
    this.dropped = new long[this.filters.size()];
  }

  /**
   * Runs one item through the filters and counts the outcome.
   *
   * @return whether the item is kept
   */
  public boolean accept(T item) {
    input++;
    for (int i = 0; i < filters.size(); i++) {
      if (!filters.get(i).keep(item)) {
        dropped[i]++;
        return false;
      }
    }
    return true;
  }

  /** Filters a list in one pass; the kept items stay in their order. */
  public FilteredItems<T> filter(List<T> items) {
    List<T> kept = new ArrayList<>(items.size());
    for (T item : items) {
      if (accept(item)) {
        kept.add(item);
      }
    }
    return new FilteredItems<>(kept, report());
  }

  /** Counts so far. */
  public FilterReport report() {
    Map<String, Long> byReason = new LinkedHashMap<>();
    long droppedTotal = 0;
    for (int i = 0; i < filters.size(); i++) {
      byReason.merge(filters.get(i).reason(), dropped[i], Long::sum);
      droppedTotal += dropped[i];
    }
    return new FilterReport(input, input - droppedTotal, byReason);
  }
}
