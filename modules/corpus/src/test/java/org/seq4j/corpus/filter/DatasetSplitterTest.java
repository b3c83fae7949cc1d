package org.seq4j.corpus.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.seq4j.corpus.SentencePair;

class DatasetSplitterTest {

  private static final SplitFractions EIGHTY_TEN_TEN = new SplitFractions(0.8, 0.1, 0.1);
  private static final List<Integer> HUNDRED = IntStream.range(0, 100).boxed().toList();

  @Test
  void sameSeedGivesTheSameSplitAndAnotherSeedAnother() {
    DatasetSplit<Integer> one = DatasetSplitter.split(HUNDRED, EIGHTY_TEN_TEN, 42);
    assertEquals(one, DatasetSplitter.split(HUNDRED, EIGHTY_TEN_TEN, 42));
    assertNotEquals(one, DatasetSplitter.split(HUNDRED, EIGHTY_TEN_TEN, 43));
  }

  @Test
  void ungroupedSplitHasExactSizesAndIsAPartitionInCorpusOrder() {
    DatasetSplit<Integer> split = DatasetSplitter.split(HUNDRED, EIGHTY_TEN_TEN, 1);
    assertEquals(80, split.train().size());
    assertEquals(10, split.dev().size());
    assertEquals(10, split.test().size());
    List<Integer> all = new ArrayList<>(split.train());
    all.addAll(split.dev());
    all.addAll(split.test());
    assertEquals(new HashSet<>(HUNDRED), new HashSet<>(all));
    assertEquals(100, all.size());
    for (List<Integer> part : List.of(split.train(), split.dev(), split.test())) {
      assertEquals(part.stream().sorted().toList(), part);
    }
  }

  @Test
  void itemsSharingAKeyLandInTheSameSplit() {
    List<SentencePair> pairs = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      int english = i % 60;
      pairs.add(new SentencePair("en " + english, "fr " + i));
    }
    DatasetSplit<SentencePair> split = DatasetSplitter.split(pairs, EIGHTY_TEN_TEN, 5, SentencePair::source);
    Set<String> train = sources(split.train());
    Set<String> dev = sources(split.dev());
    Set<String> test = sources(split.test());
    assertTrue(disjoint(train, dev) && disjoint(train, test) && disjoint(dev, test));
    assertEquals(300, split.train().size() + split.dev().size() + split.test().size());
    assertTrue(Math.abs(split.train().size() - 240) <= 5, "train size " + split.train().size());
    assertEquals(split, DatasetSplitter.split(pairs, EIGHTY_TEN_TEN, 5, SentencePair::source));
  }

  @Test
  void zeroFractionsGiveEmptySplits() {
    DatasetSplit<Integer> split = DatasetSplitter.split(HUNDRED, new SplitFractions(0.9, 0.1, 0), 3);
    assertEquals(List.of(), split.test());
    assertEquals(10, split.dev().size());
    assertEquals(HUNDRED, DatasetSplitter.split(HUNDRED, new SplitFractions(1, 0, 0), 3).train());
    assertEquals(new DatasetSplit<>(List.of(), List.of(), List.of()), DatasetSplitter.split(List.<Integer>of(), EIGHTY_TEN_TEN, 3));
  }

  @Test
  void fractionsAreChecked() {
    assertThrows(IllegalArgumentException.class, () -> new SplitFractions(0.8, 0.1, 0.2));
    assertThrows(IllegalArgumentException.class, () -> new SplitFractions(1.1, -0.1, 0));
    assertThrows(IllegalArgumentException.class, () -> new SplitFractions(Double.NaN, 0.5, 0.5));
    assertThrows(
        IllegalArgumentException.class,
        () -> DatasetSplitter.split(HUNDRED, EIGHTY_TEN_TEN, 1, item -> null));
  }

  private static Set<String> sources(List<SentencePair> pairs) {
    Set<String> sources = new HashSet<>();
    pairs.forEach(pair -> sources.add(pair.source()));
    return sources;
  }

  private static boolean disjoint(Set<String> a, Set<String> b) {
    Set<String> both = new HashSet<>(a);
    both.retainAll(b);
    return both.isEmpty();
  }
}
