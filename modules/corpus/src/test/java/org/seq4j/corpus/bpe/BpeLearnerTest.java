package org.seq4j.corpus.bpe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class BpeLearnerTest {

  private static final String EOW = BpeMerges.END_OF_WORD;

  private static List<String> repeat(String word, int times) {
    return Collections.nCopies(times, word);
  }

  /** The example of Sennrich et al. (2016): low ×5, lower ×2, newest ×6, widest ×3. */
  private static BpeLearner paperExample() {
    return new BpeLearner()
        .addAll(repeat("low", 5))
        .addAll(repeat("lower", 2))
        .addAll(repeat("newest", 6))
        .addAll(repeat("widest", 3));
  }

  @Test
  void learnsTheMostFrequentPairsFirst() {
    List<BpeMerge> merges = paperExample().learn(3).merges();
    assertEquals(
        List.of(new BpeMerge("e", "s"), new BpeMerge("es", "t" + EOW), new BpeMerge("l", "o")),
        merges);
  }

  @Test
  void stopsWhenPairsBecomeRarerThanTheMinimum() {
    BpeMerges merges = paperExample().learn(1_000, 3);
    for (BpeMerge merge : merges.merges()) {
      // every learned pair occurred at least 3 times; "er</w>" (2 times, in lower) is not learned
      assertEquals(false, merge.equals(new BpeMerge("e", "r" + EOW)));
    }
    assertEquals(merges.size(), paperExample().learn(merges.size() + 5, 3).size());
  }

  @Test
  void matchesANaiveRecountingImplementation() {
    Random random = new Random(7);
    String alphabet = "abcd@é";
    for (int trial = 0; trial < 5; trial++) {
      List<String> tokens = new ArrayList<>();
      for (int i = 0; i < 400; i++) {
        StringBuilder word = new StringBuilder();
        int length = 1 + random.nextInt(7);
        for (int c = 0; c < length; c++) {
          word.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        tokens.add(word.toString());
      }
      int minFrequency = 1 + trial % 2;
      assertEquals(
          naiveMerges(tokens, 200, minFrequency),
          new BpeLearner().addAll(tokens).learn(200, minFrequency).merges(),
          "trial " + trial);
    }
  }

  @Test
  void jointLearningCountsBothSides() {
    List<List<String>> source = List.of(List.of("ab", "ab"));
    List<List<String>> target = List.of(List.of("cd", "cd", "cd"));
    BpeMerges joint = BpeLearner.learnJoint(source, target, 1);
    assertEquals(List.of(new BpeMerge("c", "d" + EOW)), joint.merges());
  }

  @Test
  void rejectsBadTokensAndArguments() {
    assertThrows(IllegalArgumentException.class, () -> new BpeLearner().add(""));
    assertThrows(IllegalArgumentException.class, () -> new BpeLearner().add("a b"));
    assertThrows(IllegalArgumentException.class, () -> new BpeLearner().learn(-1));
    assertThrows(IllegalArgumentException.class, () -> new BpeLearner().learn(1, 0));
  }

  /** Recounts every pair after every merge: slow but obviously right. */
  private static List<BpeMerge> naiveMerges(List<String> tokens, int numMerges, int minFrequency) {
    Map<String, Integer> wordCounts = new TreeMap<>();
    tokens.forEach(t -> wordCounts.merge(t, 1, Integer::sum));
    List<List<String>> words = new ArrayList<>();
    List<Integer> counts = new ArrayList<>();
    wordCounts.forEach(
        (word, count) -> {
          List<String> symbols = new ArrayList<>();
          word.codePoints().forEach(cp -> symbols.add(new String(Character.toChars(cp))));
          symbols.set(symbols.size() - 1, symbols.get(symbols.size() - 1) + EOW);
          words.add(symbols);
          counts.add(count);
        });
    List<BpeMerge> merges = new ArrayList<>();
    while (merges.size() < numMerges) {
      Map<BpeMerge, Integer> pairCounts = new TreeMap<>(
          (a, b) -> a.left().equals(b.left()) ? a.right().compareTo(b.right()) : a.left().compareTo(b.left()));
      for (int w = 0; w < words.size(); w++) {
        List<String> symbols = words.get(w);
        for (int i = 0; i + 1 < symbols.size(); i++) {
          pairCounts.merge(new BpeMerge(symbols.get(i), symbols.get(i + 1)), counts.get(w), Integer::sum);
        }
      }
      BpeMerge best = null;
      int bestCount = 0;
      for (Map.Entry<BpeMerge, Integer> entry : pairCounts.entrySet()) {
        if (entry.getValue() > bestCount) {
          best = entry.getKey();
          bestCount = entry.getValue();
        }
      }
      if (best == null || bestCount < minFrequency) {
        break;
      }
      merges.add(best);
      for (List<String> symbols : words) {
        for (int i = 0; i + 1 < symbols.size(); i++) {
          if (symbols.get(i).equals(best.left()) && symbols.get(i + 1).equals(best.right())) {
            symbols.set(i, best.merged());
            symbols.remove(i + 1);
          }
        }
      }
    }
    return merges;
  }
}
