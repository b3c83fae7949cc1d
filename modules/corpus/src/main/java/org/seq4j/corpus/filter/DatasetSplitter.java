package org.seq4j.corpus.filter;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;

/**
 * Splits a corpus into train/dev/test reproducibly, optionally keeping items that share a key
 * together (Tatoeba: every pair with the same English sentence in the same split, so the test set
 * never contains a sentence the model was trained on).
 *
 * <p>Algorithm: collect the distinct keys in order of first occurrence; shuffle them with a
 * Fisher–Yates shuffle driven by {@code new java.util.Random(seed)} (whose generator is fully
 * specified by the Java SE API, so the result is the same on every JVM); walk the shuffled groups,
 * putting a group into train while fewer than {@code round(train × n)} items were assigned before
 * it, then into dev while fewer than {@code round((train + dev) × n)}, then into test. Item counts
 * therefore match the fractions up to the size of one group. Within each split, items keep their
 * corpus order. The same items in the same order with the same seed always give the same split.
 */
public final class DatasetSplitter {

  private DatasetSplitter() {}

  /** Splits items independently of each other. */
  public static <T> DatasetSplit<T> split(List<T> items, SplitFractions fractions, long seed) {
    List<List<Integer>> groups = new ArrayList<>(items.size());
    for (int i = 0; i < items.size(); i++) {
      groups.add(List.of(i));
    }
    return assign(items, groups, fractions, seed);
  }

  /**
   * Splits items so that items with equal keys land in the same split.
   *
   * @param groupKey the key of an item (compared with {@code equals}); must not return null
   */
  public static <T> DatasetSplit<T> split(
      List<T> items, SplitFractions fractions, long seed, Function<? super T, ?> groupKey) {
    Map<Object, List<Integer>> byKey = new LinkedHashMap<>();
    for (int i = 0; i < items.size(); i++) {
      Object key = groupKey.apply(items.get(i));
      if (key == null) {
        throw new IllegalArgumentException("group key of item " + i + " is null");
      }
      byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
    }
    return assign(items, new ArrayList<>(byKey.values()), fractions, seed);
  }

  private static <T> DatasetSplit<T> assign(
      List<T> items, List<List<Integer>> groups, SplitFractions fractions, long seed) {
    Random random = new Random(seed);
    for (int i = groups.size() - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      List<Integer> swap = groups.get(i);
      groups.set(i, groups.get(j));
      groups.set(j, swap);
    }
    int n = items.size();
    long trainEnd = Math.round(fractions.train() * n);
    long devEnd = Math.round((fractions.train() + fractions.dev()) * n);
    boolean[] inTrain = new boolean[n];
    boolean[] inDev = new boolean[n];
    long assigned = 0;
    for (List<Integer> group : groups) {
      boolean train = assigned < trainEnd;
      boolean dev = !train && assigned < devEnd;
      for (int index : group) {
        inTrain[index] = train;
        inDev[index] = dev;
      }
      assigned += group.size();
    }
    List<T> train = new ArrayList<>();
    List<T> dev = new ArrayList<>();
    List<T> test = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      (inTrain[i] ? train : inDev[i] ? dev : test).add(items.get(i));
    }
    return new DatasetSplit<>(train, dev, test);
  }
}
