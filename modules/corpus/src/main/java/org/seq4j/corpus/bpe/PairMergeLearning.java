package org.seq4j.corpus.bpe;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * The BPE learning loop with incremental pair statistics: one run of {@link #learn}, on one set of
 * word counts. Not thread-safe; create one per run.
 *
 * <p>Efficiency (instead of recounting all pairs after every merge, which is quadratic):
 *
 * <ul>
 *   <li>Symbols are interned to ints and each distinct word is an {@code int[]} of symbol ids.
 *   <li>Every pair keeps its total count and an index of the words it occurs in. A merge visits only
 *       the words in the merged pair's index, and for each such word adds the difference between
 *       its pairs after and before the merge to the global counts. Pairs created by a merge all
 *       contain the new symbol, so only those get the word added to their index. Index entries may
 *       go stale (the word no longer has the pair) or repeat; a visit stamp per word skips repeats
 *       and a rescan skips stale ones.
 *   <li>The best pair comes from a priority queue with lazy deletion: whenever a pair's count
 *       changes, a new entry is pushed; a popped entry whose count no longer matches is discarded.
 * </ul>
 *
 * <p>Ties between equally frequent pairs go to the lexicographically smaller (left, right) symbol
 * strings, so results are deterministic and independent of hash iteration order. Occurrences of a
 * pair inside a word are merged left to right without overlap ({@code a a a} with merge {@code a a}
 * becomes {@code aa a}), as in subword-nmt.
 */
final class PairMergeLearning {

  private final List<String> symbolNames = new ArrayList<>();
  private final Map<String, Integer> symbolIds = new HashMap<>();
  private final int[][] words;
  private final int[] wordLengths;
  private final long[] wordFrequencies;
  private final int[] visitStamp;
  private final Map<Long, PairStats> pairs = new HashMap<>();
  private final PriorityQueue<Candidate> queue;

  /** Count and word index of one adjacent symbol pair. */
  private static final class PairStats {
    private static final int INITIAL_INDEX_CAPACITY = 2;

    long count;
    int[] wordIndex = new int[INITIAL_INDEX_CAPACITY];
    int indexSize;

    void addWord(int word) {
      if (indexSize > 0 && wordIndex[indexSize - 1] == word) {
        return;
      }
      if (indexSize == wordIndex.length) {
        wordIndex = Arrays.copyOf(wordIndex, indexSize * 2);
      }
      wordIndex[indexSize++] = word;
    }
  }

  /** A queue entry: the pair's count when it was pushed. */
  private record Candidate(long count, long pair) {}

  PairMergeLearning(Map<String, Long> wordCounts) {
    List<String> sortedWords = new ArrayList<>(wordCounts.keySet());
    sortedWords.sort(Comparator.naturalOrder());
    int n = sortedWords.size();
    words = new int[n][];
    wordLengths = new int[n];
    wordFrequencies = new long[n];
    visitStamp = new int[n];
    Arrays.fill(visitStamp, -1);
    for (int w = 0; w < n; w++) {
      String word = sortedWords.get(w);
      words[w] = initialSymbols(word);
      wordLengths[w] = words[w].length;
      wordFrequencies[w] = wordCounts.get(word);
    }
    queue = new PriorityQueue<>(this::compareCandidates);
    for (int w = 0; w < n; w++) {
      for (int i = 0; i + 1 < wordLengths[w]; i++) {
        PairStats stats = pairs.computeIfAbsent(pairKey(words[w][i], words[w][i + 1]), k -> new PairStats());
        stats.count += wordFrequencies[w];
        stats.addWord(w);
      }
    }
    pairs.forEach((pair, stats) -> queue.add(new Candidate(stats.count, pair)));
  }

  List<BpeMerge> learn(int numMerges, int minPairFrequency) {
    List<BpeMerge> merges = new ArrayList<>(numMerges);
    while (merges.size() < numMerges) {
      Candidate best = nextValidCandidate();
      if (best == null || best.count() < minPairFrequency) {
        break;
      }
      int left = leftOf(best.pair());
      int right = rightOf(best.pair());
      merges.add(new BpeMerge(symbolNames.get(left), symbolNames.get(right)));
      applyMerge(best.pair(), left, right, merges.size());
    }
    return merges;
  }

  private Candidate nextValidCandidate() {
    while (!queue.isEmpty()) {
      Candidate candidate = queue.poll();
      PairStats stats = pairs.get(candidate.pair());
      if (stats != null && stats.count == candidate.count()) {
        return candidate;
      }
    }
    return null;
  }

  private void applyMerge(long mergedPair, int left, int right, int stamp) {
    int merged = intern(symbolNames.get(left) + symbolNames.get(right));
    PairStats mergedStats = pairs.get(mergedPair);
    int[] affected = Arrays.copyOf(mergedStats.wordIndex, mergedStats.indexSize);
    Map<Long, long[]> deltas = new HashMap<>();
    for (int w : affected) {
      if (visitStamp[w] == stamp) {
        continue;
      }
      visitStamp[w] = stamp;
      mergeInWord(w, left, right, merged, deltas);
    }
    deltas.forEach(
        (pair, delta) -> {
          if (delta[0] == 0) {
            return;
          }
          PairStats stats = pairs.computeIfAbsent(pair, k -> new PairStats());
          stats.count += delta[0];
          if (stats.count == 0) {
            pairs.remove(pair);
          } else {
            queue.add(new Candidate(stats.count, pair));
          }
        });
    pairs.remove(mergedPair);
  }

  private void mergeInWord(int w, int left, int right, int merged, Map<Long, long[]> deltas) {
    int[] symbols = words[w];
    int length = wordLengths[w];
    boolean found = false;
    for (int i = 0; i + 1 < length && !found; i++) {
      found = symbols[i] == left && symbols[i + 1] == right;
    }
    if (!found) {
      return;
    }
    long frequency = wordFrequencies[w];
    for (int i = 0; i + 1 < length; i++) {
      deltas.computeIfAbsent(pairKey(symbols[i], symbols[i + 1]), k -> new long[1])[0] -= frequency;
    }
    int out = 0;
    for (int i = 0; i < length; i++) {
      if (i + 1 < length && symbols[i] == left && symbols[i + 1] == right) {
        symbols[out++] = merged;
        i++;
      } else {
        symbols[out++] = symbols[i];
      }
    }
    wordLengths[w] = out;
    for (int i = 0; i + 1 < out; i++) {
      long pair = pairKey(symbols[i], symbols[i + 1]);
      deltas.computeIfAbsent(pair, k -> new long[1])[0] += frequency;
      if (symbols[i] == merged || symbols[i + 1] == merged) {
        pairs.computeIfAbsent(pair, k -> new PairStats()).addWord(w);
      }
    }
  }

  private int[] initialSymbols(String word) {
    int[] codePoints = word.codePoints().toArray();
    int[] symbols = new int[codePoints.length];
    for (int i = 0; i < codePoints.length; i++) {
      String symbol = new String(Character.toChars(codePoints[i]));
      symbols[i] = intern(i == codePoints.length - 1 ? symbol + BpeMerges.END_OF_WORD : symbol);
    }
    return symbols;
  }

  private int intern(String symbol) {
    Integer id = symbolIds.get(symbol);
    if (id == null) {
      id = symbolNames.size();
      symbolNames.add(symbol);
      symbolIds.put(symbol, id);
    }
    return id;
  }

  private int compareCandidates(Candidate a, Candidate b) {
    int byCount = Long.compare(b.count(), a.count());
    if (byCount != 0) {
      return byCount;
    }
    int byLeft = symbolNames.get(leftOf(a.pair())).compareTo(symbolNames.get(leftOf(b.pair())));
    if (byLeft != 0) {
      return byLeft;
    }
    return symbolNames.get(rightOf(a.pair())).compareTo(symbolNames.get(rightOf(b.pair())));
  }

  private static final long LOW_INT_MASK = 0xFFFF_FFFFL;

  /** Packs a pair of symbol ids into one long: left in the high half, right in the low half. */
  private static long pairKey(int left, int right) {
    return ((long) left << Integer.SIZE) | (right & LOW_INT_MASK);
  }

  private static int leftOf(long pair) {
    return (int) (pair >>> Integer.SIZE);
  }

  private static int rightOf(long pair) {
    return (int) pair;
  }
}
