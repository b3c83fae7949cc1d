package org.seq4j.eval.tagging;

import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Chunk counts over a corpus: micro-averaged totals and one entry per type. The per-type map is
 * sorted in conlleval's order ({@link PerlStringOrder}) and holds every type that occurs in the
 * gold or the predicted chunks.
 */
public record EntityCounts(MatchCounts total, SortedMap<String, MatchCounts> perType) {

  public EntityCounts {
    TreeMap<String, MatchCounts> copy = new TreeMap<>(PerlStringOrder.INSTANCE);
    copy.putAll(perType);
    perType = Collections.unmodifiableSortedMap(copy);
  }

  /** Builds the counts from per-type counts; the total is their sum. */
  public static EntityCounts ofPerType(Map<String, MatchCounts> perType) {
    MatchCounts total = MatchCounts.ZERO;
    for (MatchCounts counts : perType.values()) {
      total = total.plus(counts);
    }
    return new EntityCounts(total, new TreeMap<>(perType));
  }

  /** Micro-averaged precision (percent). */
  public double precision() {
    return total.precision();
  }

  /** Micro-averaged recall (percent). */
  public double recall() {
    return total.recall();
  }

  /** Micro-averaged F1 (percent). */
  public double f1() {
    return total.f1();
  }
}
