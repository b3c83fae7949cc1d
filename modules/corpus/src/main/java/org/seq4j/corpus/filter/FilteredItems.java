package org.seq4j.corpus.filter;

import java.util.List;

/**
 * The items a filter pass kept, in their original order, and the report of what it dropped.
 *
 * @param kept the surviving items, immutable
 * @param report counts per drop reason
 */
public record FilteredItems<T>(List<T> kept, FilterReport report) {
  public FilteredItems {
    kept = List.copyOf(kept);
  }
}
