package org.seq4j.corpus.stats;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.seq4j.corpus.SentencePair;
import org.seq4j.corpus.TaggedSentence;
import org.seq4j.corpus.tokenize.WhitespaceTokenizer;

/**
 * Computes {@link CorpusStats} from in-memory splits (split name to items, e.g. {@code train},
 * {@code dev}, {@code test}). The {@value CorpusStats#TRAIN} split, when present, is the reference
 * vocabulary for the OOV rates of the other splits. Never modifies its inputs.
 */
public final class CorpusStatsCollector {

  /** Side name for tagged sentences. */
  public static final String WORDS = "words";
  /** Side name for plain token lists. */
  public static final String TOKENS = "tokens";
  /** Side name for the source of pairs. */
  public static final String SOURCE = "source";
  /** Side name for the target of pairs. */
  public static final String TARGET = "target";

  private final int bucketWidth;

  /** A collector with {@link LengthHistogram#DEFAULT_BUCKET_WIDTH}. */
  public CorpusStatsCollector() {
    this(LengthHistogram.DEFAULT_BUCKET_WIDTH);
  }

  /** A collector with the given histogram bucket width. */
  public CorpusStatsCollector(int bucketWidth) {
    if (bucketWidth < 1) {
      throw new IllegalArgumentException("bucketWidth must be at least 1, got " + bucketWidth);
    }
    this.bucketWidth = bucketWidth;
  }

  /** Statistics of tagged splits, with label counts. */
  public CorpusStats ofTagged(Map<String, List<TaggedSentence>> splits) {
    Map<String, Map<String, SideAccumulator>> sides = new LinkedHashMap<>();
    Map<String, Map<String, Long>> labels = new LinkedHashMap<>();
    Map<String, Long> sentences = new LinkedHashMap<>();
    splits.forEach(
        (name, items) -> {
          SideAccumulator words = new SideAccumulator(bucketWidth);
          Map<String, long[]> tagCounts = new HashMap<>();
          for (TaggedSentence sentence : items) {
            words.add(sentence.words());
            for (String tag : sentence.tags()) {
              tagCounts.computeIfAbsent(tag, t -> new long[1])[0]++;
            }
          }
          sides.put(name, Map.of(WORDS, words));
          labels.put(name, sortedCounts(tagCounts));
          sentences.put(name, (long) items.size());
        });
    return finish(sentences, sides, labels, List.of(WORDS));
  }

  /** Statistics of token-list splits. */
  public CorpusStats ofTokens(Map<String, List<List<String>>> splits) {
    Map<String, Map<String, SideAccumulator>> sides = new LinkedHashMap<>();
    Map<String, Long> sentences = new LinkedHashMap<>();
    splits.forEach(
        (name, items) -> {
          SideAccumulator tokens = new SideAccumulator(bucketWidth);
          items.forEach(tokens::add);
          sides.put(name, Map.of(TOKENS, tokens));
          sentences.put(name, (long) items.size());
        });
    return finish(sentences, sides, Map.of(), List.of(TOKENS));
  }

  /** Statistics of pair splits; each side is split on whitespace. */
  public CorpusStats ofPairs(Map<String, List<SentencePair>> splits) {
    Map<String, Map<String, SideAccumulator>> sides = new LinkedHashMap<>();
    Map<String, Long> sentences = new LinkedHashMap<>();
    splits.forEach(
        (name, items) -> {
          SideAccumulator source = new SideAccumulator(bucketWidth);
          SideAccumulator target = new SideAccumulator(bucketWidth);
          for (SentencePair pair : items) {
            source.add(WhitespaceTokenizer.INSTANCE.tokenize(pair.source()));
            target.add(WhitespaceTokenizer.INSTANCE.tokenize(pair.target()));
          }
          sides.put(name, Map.of(SOURCE, source, TARGET, target));
          sentences.put(name, (long) items.size());
        });
    return finish(sentences, sides, Map.of(), List.of(SOURCE, TARGET));
  }

  private static CorpusStats finish(
      Map<String, Long> sentences,
      Map<String, Map<String, SideAccumulator>> sides,
      Map<String, Map<String, Long>> labels,
      List<String> sideNames) {
    Map<String, SideAccumulator> training = sides.get(CorpusStats.TRAIN);
    Map<String, SplitStats> splits = new LinkedHashMap<>();
    sentences.forEach(
        (name, count) -> {
          boolean isTraining = name.equals(CorpusStats.TRAIN);
          Map<String, SideStats> finished = new LinkedHashMap<>();
          for (String side : sideNames) {
            SideAccumulator reference = training == null || isTraining ? null : training.get(side);
            finished.put(side, sides.get(name).get(side).finish(reference));
          }
          splits.put(name, new SplitStats(count, finished, labels.getOrDefault(name, Map.of())));
        });
    return new CorpusStats(splits);
  }

  private static Map<String, Long> sortedCounts(Map<String, long[]> counts) {
    List<Map.Entry<String, long[]>> entries = new ArrayList<>(counts.entrySet());
    entries.sort(
        (a, b) -> {
          int byCount = Long.compare(b.getValue()[0], a.getValue()[0]);
          return byCount != 0 ? byCount : a.getKey().compareTo(b.getKey());
        });
    Map<String, Long> sorted = new LinkedHashMap<>();
    for (Map.Entry<String, long[]> entry : entries) {
      sorted.put(entry.getKey(), entry.getValue()[0]);
    }
    return sorted;
  }
}
