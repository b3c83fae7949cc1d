package org.seq4j.corpus.filter;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a filter pass did: how many items came in, how many were kept, and how many were dropped
 * for each reason (in filter order; every configured reason is listed, with 0 if it dropped
 * nothing). {@code input == kept + dropped()} always holds.
 *
 * @param input items seen
 * @param kept items kept
 * @param droppedByReason items dropped, per reason
 */
public record FilterReport(long input, long kept, Map<String, Long> droppedByReason) {
  public FilterReport {
    droppedByReason = Collections.unmodifiableMap(new LinkedHashMap<>(droppedByReason));
    long dropped = 0;
    for (long count : droppedByReason.values()) {
      dropped += count;
    }
    if (input != kept + dropped) {
      throw new IllegalArgumentException(
          "inconsistent report: " + input + " in, " + kept + " kept, " + dropped + " dropped");
    }
  }

  /** Items dropped for any reason. */
  public long dropped() {
    return input - kept;
  }

  /** As plain JSON-ready values: {@code input}, {@code kept}, {@code dropped} (per reason). */
  public Map<String, Object> toMap() {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("input", input);
    map.put("kept", kept);
    map.put("dropped", new LinkedHashMap<>(droppedByReason));
    return map;
  }

  /** One line, e.g. {@code kept 990 of 1000 (dropped: empty 4, too_long 6)}. */
  public String summary() {
    StringBuilder text = new StringBuilder("kept ").append(kept).append(" of ").append(input);
    if (!droppedByReason.isEmpty()) {
      text.append(" (dropped:");
      String separator = " ";
      for (Map.Entry<String, Long> entry : droppedByReason.entrySet()) {
        text.append(separator).append(entry.getKey()).append(' ').append(entry.getValue());
        separator = ", ";
      }
      text.append(')');
    }
    return text.toString();
  }
}
