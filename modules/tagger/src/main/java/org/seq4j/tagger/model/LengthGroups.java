package org.seq4j.tagger.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts the length-ordered rows of {@link DistinctWords} into consecutive groups, each encoded by
 * one character-encoder call padded to its own longest word, so that the sum of the encoder's
 * {@link CharFeatureEncoder#forwardCost} over the groups is smallest: a dynamic programme over the
 * distinct word lengths (at most {@code max_word_chars} of them, so it is cheap).
 *
 * <p>Why not one group: a batch's width is its longest word, and most words are far shorter (a
 * 30-character word pads 900 four-letter words to 30). Why not one group per length: every call
 * has a fixed cost (a dozen ND4J ops for the CNN, one recurrent step per character for the
 * LSTM), which the cost model charges.
 */
final class LengthGroups {

  /** Rows {@code [from, to)} encoded together, padded to {@code width} characters. */
  record Group(int from, int to, int width) {
    int size() {
      return to - from;
    }
  }

  /** What one encoder call over {@code [words, chars]} costs (see {@link CharFeatureEncoder#forwardCost}). */
  @FunctionalInterface
  interface Cost {
    double of(int words, int chars);
  }

  private LengthGroups() {}

  /**
   * The groups for {@code words}: the cheapest split when its rows are ordered by length, else
   * one group of all rows.
   */
  static List<Group> split(DistinctWords words, Cost cost) {
    int rows = words.size();
    if (rows == 0) {
      return List.of();
    }
    if (!words.lengthOrdered()) {
      int width = 0;
      for (int r = 0; r < rows; r++) {
        width = Math.max(width, words.length(r));
      }
      return List.of(new Group(0, rows, padded(width)));
    }
    List<Integer> starts = new ArrayList<>();
    for (int r = 0; r < rows; r++) {
      if (r == 0 || words.length(r) != words.length(r - 1)) {
        starts.add(r);
      }
    }
    starts.add(rows);
    int runs = starts.size() - 1;
    double[] best = new double[runs + 1];
    int[] cut = new int[runs + 1];
    for (int j = 1; j <= runs; j++) {
      int end = starts.get(j);
      int width = padded(words.length(end - 1));
      best[j] = Double.POSITIVE_INFINITY;
      for (int i = 0; i < j; i++) {
        double total = best[i] + cost.of(end - starts.get(i), width);
        if (total < best[j]) {
          best[j] = total;
          cut[j] = i;
        }
      }
    }
    List<Group> groups = new ArrayList<>();
    for (int j = runs; j > 0; j = cut[j]) {
      int from = starts.get(cut[j]);
      int to = starts.get(j);
      groups.add(0, new Group(from, to, padded(words.length(to - 1))));
    }
    return groups;
  }

  /** An encoder call needs at least one character position (a group of empty tokens is all padding). */
  private static int padded(int width) {
    return Math.max(1, width);
  }
}
