package org.seq4j.corpus.stats;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Statistics of a prepared corpus, per split: sentences, tokens, types, length histogram, label
 * counts for tagged data, both sides for parallel data, and the out-of-vocabulary rate of every
 * non-training split against the {@value #TRAIN} split. Plain numbers; immutable. Collect with
 * {@link CorpusStatsCollector}.
 *
 * @param splits per split name, in the order given
 */
public record CorpusStats(Map<String, SplitStats> splits) {

  /** Name of the split that other splits' OOV rates are measured against. */
  public static final String TRAIN = "train";

  private static final double PERCENT = 100;

  public CorpusStats {
    splits = Collections.unmodifiableMap(new LinkedHashMap<>(splits));
  }

  /**
   * As nested maps of strings, numbers and maps, ready for Jackson: {@code {"train": {"sentences":
   * 29000, "source": {"tokens": ..., "types": ..., "length_histogram": {...}}, ...}, "dev": {...,
   * "source": {..., "oov_token_rate": 0.012}}}}. Rates are fractions in [0, 1].
   */
  public Map<String, Object> toMap() {
    Map<String, Object> map = new LinkedHashMap<>();
    splits.forEach((name, split) -> map.put(name, split.toMap()));
    return map;
  }

  /**
   * A short human summary, one line per split, e.g. {@code dev: 1014 sentences; source 13308
   * tokens, 1910 types, OOV 1.2% tokens / 6.0% types; target ...}.
   */
  public String summary() {
    StringBuilder text = new StringBuilder();
    splits.forEach(
        (name, split) -> {
          text.append(name).append(": ").append(split.sentences()).append(" sentences");
          split.sides().forEach((sideName, side) -> appendSide(text, sideName, side));
          if (!split.labelCounts().isEmpty()) {
            text.append("; ").append(split.labelCounts().size()).append(" labels");
          }
          text.append('\n');
        });
    return text.toString();
  }

  private static void appendSide(StringBuilder text, String name, SideStats side) {
    text.append("; ")
        .append(name)
        .append(' ')
        .append(side.tokens())
        .append(" tokens, ")
        .append(side.types())
        .append(" types, mean length ")
        .append(String.format(Locale.ROOT, "%.1f", side.meanLength()));
    if (side.oov() != null) {
      text.append(
          String.format(
              Locale.ROOT,
              ", OOV %.1f%% tokens / %.1f%% types",
              side.oov().tokenRate() * PERCENT,
              side.oov().typeRate() * PERCENT));
    }
  }
}
