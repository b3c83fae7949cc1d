package org.seq4j.recipe.prepare;

import java.util.LinkedHashMap;
import java.util.Map;
import org.seq4j.corpus.stats.CorpusStatsCollector;
import org.seq4j.corpus.stats.SideStats;
import org.seq4j.corpus.stats.SplitStats;

/**
 * The headline row of one split in stats.json's {@code splits}: plain numbers only (sentences or
 * pairs, words or tokens, types, OOV rate, labels; batch counts are in {@code batching}), so tools and the
 * report's corpus table read them without walking nested maps. The full statistics (length
 * histograms, label counts, min/mean/max lengths) stay in {@code details}, from {@link
 * org.seq4j.corpus.stats.CorpusStats#toMap()}. Pure.
 */
final class SplitOverview {
  private SplitOverview() {}

  /**
   * @param unitsKey what the corpus calls its units: {@code words} (CoNLL-U) or {@code tokens}
   */
  static Map<String, Object> tagged(SplitStats split, String unitsKey) {
    SideStats words = split.sides().get(CorpusStatsCollector.WORDS);
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("sentences", split.sentences());
    row.put(unitsKey, words.tokens());
    row.put("types", words.types());
    row.put("labels", split.labelCounts().size());
    if (words.oov() != null) {
      row.put("oov_token_rate", words.oov().tokenRate());
    }
    return row;
  }

  static Map<String, Object> pairs(SplitStats split) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("pairs", split.sentences());
    for (String side : new String[] {CorpusStatsCollector.SOURCE, CorpusStatsCollector.TARGET}) {
      SideStats stats = split.sides().get(side);
      row.put(side + "_tokens", stats.tokens());
      row.put(side + "_types", stats.types());
      if (stats.oov() != null) {
        row.put(side + "_oov_token_rate", stats.oov().tokenRate());
      }
    }
    return row;
  }
}
