package org.seq4j.corpus.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.seq4j.corpus.SentencePair;
import org.seq4j.corpus.TaggedSentence;

class CorpusStatsCollectorTest {

  private static final double EPSILON = 1e-12;

  private static <T> Map<String, List<T>> splits(List<T> train, List<T> dev) {
    Map<String, List<T>> splits = new LinkedHashMap<>();
    splits.put("train", train);
    splits.put("dev", dev);
    return splits;
  }

  @Test
  void countsTokensTypesLengthsAndOovAgainstTrain() {
    CorpusStats stats =
        new CorpusStatsCollector(2)
            .ofTokens(
                splits(
                    List.of(List.of("a", "b", "a"), List.of("c")),
                    List.of(List.of("a", "z", "z", "y", "b"))));
    SideStats train = stats.splits().get("train").sides().get("tokens");
    assertEquals(2, stats.splits().get("train").sentences());
    assertEquals(4, train.tokens());
    assertEquals(3, train.types());
    assertEquals(1, train.minLength());
    assertEquals(3, train.maxLength());
    assertEquals(2.0, train.meanLength(), EPSILON);
    assertEquals(List.of(1L, 1L), train.lengths().counts());
    assertNull(train.oov());

    SideStats dev = stats.splits().get("dev").sides().get("tokens");
    assertEquals(new OovRate(5, 3, 4, 2), dev.oov());
    assertEquals(0.6, dev.oov().tokenRate(), EPSILON);
    assertEquals(0.5, dev.oov().typeRate(), EPSILON);
    assertEquals(List.of(0L, 0L, 1L), dev.lengths().counts());
    assertEquals(Map.of("0-1", 0L, "2-3", 0L, "4-5", 1L), dev.lengths().toMap());
  }

  @Test
  void taggedDataHasLabelCountsMostFrequentFirst() {
    CorpusStats stats =
        new CorpusStatsCollector()
            .ofTagged(
                Map.of(
                    "train",
                    List.of(
                        new TaggedSentence(List.of("I", "run"), List.of("PRON", "VERB")),
                        new TaggedSentence(List.of("we", "run", "fast"), List.of("PRON", "VERB", "ADV")),
                        new TaggedSentence(List.of("go"), List.of("VERB")))));
    SplitStats train = stats.splits().get("train");
    assertEquals(List.of("VERB", "PRON", "ADV"), List.copyOf(train.labelCounts().keySet()));
    assertEquals(List.of(3L, 2L, 1L), List.copyOf(train.labelCounts().values()));
    assertEquals(6, train.sides().get("words").tokens());
  }

  @Test
  void pairsHaveBothSides() {
    CorpusStats stats =
        new CorpusStatsCollector()
            .ofPairs(
                splits(
                    List.of(new SentencePair("a dog", "ein Hund"), new SentencePair("a cat", "eine Katze")),
                    List.of(new SentencePair("a cow", "ein Hund"))));
    SplitStats dev = stats.splits().get("dev");
    assertEquals(new OovRate(2, 1, 2, 1), dev.sides().get("source").oov());
    assertEquals(new OovRate(2, 0, 2, 0), dev.sides().get("target").oov());
  }

  @Test
  void toMapIsPlainNestedValuesAndSummaryMentionsEverySplit() {
    CorpusStats stats =
        new CorpusStatsCollector()
            .ofPairs(splits(List.of(new SentencePair("a b", "x")), List.of(new SentencePair("c", "x"))));
    Map<String, Object> map = stats.toMap();
    @SuppressWarnings("unchecked")
    Map<String, Object> dev = (Map<String, Object>) map.get("dev");
    assertEquals(1L, dev.get("sentences"));
    @SuppressWarnings("unchecked")
    Map<String, Object> source = (Map<String, Object>) dev.get("source");
    assertEquals(1.0, (Double) source.get("oov_token_rate"), EPSILON);
    assertEquals(Map.of("0-9", 1L), source.get("length_histogram"));
    String summary = stats.summary();
    assertTrue(summary.startsWith("train: 1 sentences; source 2 tokens"), summary);
    assertTrue(summary.contains("dev: 1 sentences; source 1 tokens, 1 types, mean length 1.0, OOV 100.0% tokens / 100.0% types"), summary);
  }

  @Test
  void withoutATrainSplitThereIsNoOovAndEmptySplitsAreZero() {
    CorpusStats stats = new CorpusStatsCollector().ofTokens(Map.of("test", List.of()));
    SideStats test = stats.splits().get("test").sides().get("tokens");
    assertNull(test.oov());
    assertEquals(0, test.tokens());
    assertEquals(0, test.minLength());
    assertEquals(0.0, test.meanLength(), EPSILON);
    assertThrows(IllegalArgumentException.class, () -> new CorpusStatsCollector(0));
  }
}
