package org.seq4j.corpus.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.seq4j.corpus.SentencePair;
import org.seq4j.corpus.TaggedSentence;

class CorpusFiltersTest {

  private static final FilterSettings ALL = new FilterSettings(true, 4, 2.0, true);

  @Test
  void pairsAreDroppedForTheFirstReasonThatApplies() {
    List<SentencePair> pairs =
        List.of(
            new SentencePair("a b", "x y"),
            new SentencePair("   ", "x"),
            new SentencePair("a b c d e", "v w x y z"),
            new SentencePair("a", "x y z"),
            new SentencePair("a b", "x y"),
            new SentencePair("a  b", "x y z w"),
            new SentencePair("", ""));
    FilteredItems<SentencePair> result = CorpusFilters.forPairs(ALL).filter(pairs);
    assertEquals(List.of(new SentencePair("a b", "x y"), new SentencePair("a  b", "x y z w")), result.kept());
    Map<String, Long> expected = new LinkedHashMap<>();
    expected.put("empty", 2L);
    expected.put("too_long", 1L);
    expected.put("length_ratio", 1L);
    expected.put("duplicate", 1L);
    assertEquals(new FilterReport(7, 2, expected), result.report());
    assertEquals("kept 2 of 7 (dropped: empty 2, too_long 1, length_ratio 1, duplicate 1)", result.report().summary());
  }

  @Test
  void taggedAndTokenCorporaUseSentenceLength() {
    List<TaggedSentence> tagged =
        List.of(
            new TaggedSentence(List.of("a"), List.of("X")),
            new TaggedSentence(List.of(), List.of()),
            new TaggedSentence(List.of("a", "b", "c", "d", "e"), List.of("X", "X", "X", "X", "X")),
            new TaggedSentence(List.of("a"), List.of("X")));
    FilterReport report = CorpusFilters.forTagged(ALL).filter(tagged).report();
    assertEquals(Map.of("empty", 1L, "too_long", 1L, "duplicate", 1L), report.droppedByReason());
    assertEquals(1, report.kept());

    FilteredItems<List<String>> tokens =
        CorpusFilters.forTokens(FilterSettings.EMPTY_ONLY).filter(List.of(List.of("a"), List.of(), List.of("a")));
    assertEquals(List.of(List.of("a"), List.of("a")), tokens.kept());
    assertEquals(Map.of("empty", 1L), tokens.report().droppedByReason());
  }

  @Test
  void disabledFiltersDropNothing() {
    FilterSettings none = new FilterSettings(false, FilterSettings.NO_MAX_LENGTH, FilterSettings.NO_MAX_RATIO, false);
    List<SentencePair> pairs = List.of(new SentencePair("", "x"), new SentencePair("", "x"));
    FilteredItems<SentencePair> result = CorpusFilters.forPairs(none).filter(pairs);
    assertEquals(pairs, result.kept());
    assertEquals(Map.of(), result.report().droppedByReason());
  }

  @Test
  void lengthRatioDropsAPairWithOneEmptySideWhenEmptyFilterIsOff() {
    FilterSettings ratioOnly = new FilterSettings(false, FilterSettings.NO_MAX_LENGTH, 3.0, false);
    FilterReport report =
        CorpusFilters.forPairs(ratioOnly)
            .filter(List.of(new SentencePair("", "x"), new SentencePair("a", "x y z"), new SentencePair("", "")))
            .report();
    assertEquals(Map.of("length_ratio", 1L), report.droppedByReason());
    assertEquals(2, report.kept());
  }

  @Test
  void streamingAcceptCountsLikeFilter() {
    FilterChain<List<String>> chain = CorpusFilters.forTokens(ALL);
    assertEquals(true, chain.accept(List.of("a")));
    assertEquals(false, chain.accept(List.of("a")));
    assertEquals(new FilterReport(2, 1, Map.of("empty", 0L, "too_long", 0L, "duplicate", 1L)), chain.report());
  }

  @Test
  void reportToMapHasPlainNumbers() {
    FilterReport report = new FilterReport(3, 2, Map.of("empty", 1L));
    assertEquals(Map.of("input", 3L, "kept", 2L, "dropped", Map.of("empty", 1L)), report.toMap());
    assertThrows(IllegalArgumentException.class, () -> new FilterReport(3, 3, Map.of("empty", 1L)));
  }

  @Test
  void settingsAreChecked() {
    assertThrows(IllegalArgumentException.class, () -> new FilterSettings(true, 0, 2, false));
    assertThrows(IllegalArgumentException.class, () -> new FilterSettings(true, 5, 0.5, false));
    assertThrows(IllegalArgumentException.class, () -> new FilterSettings(true, 5, Double.NaN, false));
  }
}
