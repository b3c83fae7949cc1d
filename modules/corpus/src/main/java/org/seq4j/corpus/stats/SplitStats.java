package org.seq4j.corpus.stats;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Counts for one split (train, dev or test).
 *
 * @param sentences sentences (or pairs) in the split
 * @param sides per side: {@code words} for tagged data, {@code tokens} for plain token lists,
 *     {@code source} and {@code target} for pairs
 * @param labelCounts occurrences of each tag, most frequent first (ties by name); empty for
 *     untagged data
 */
public record SplitStats(long sentences, Map<String, SideStats> sides, Map<String, Long> labelCounts) {
  public SplitStats {
    sides = Collections.unmodifiableMap(new LinkedHashMap<>(sides));
    labelCounts = Collections.unmodifiableMap(new LinkedHashMap<>(labelCounts));
  }

  /** As plain JSON-ready values. */
  public Map<String, Object> toMap() {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("sentences", sentences);
    sides.forEach((name, side) -> map.put(name, side.toMap()));
    if (!labelCounts.isEmpty()) {
      map.put("labels", new LinkedHashMap<>(labelCounts));
    }
    return map;
  }
}
