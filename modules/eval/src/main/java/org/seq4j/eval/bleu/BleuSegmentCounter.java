package org.seq4j.eval.bleu;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.seq4j.eval.text.NgramTable;
import org.seq4j.eval.text.PythonText;

/**
 * Counts BLEU statistics for one segment at a time: token ids per segment, n-gram ids from a
 * {@link NgramTable}, clipped counts with plain arrays.
 *
 * <p>Design: n-gram identity only matters within a segment (hypothesis against its own
 * references), so all tables are per segment and reused (cleared) between segments; memory stays
 * proportional to the longest segment, not the corpus. Not thread-safe: one counter per thread.
 * Clipping follows sacreBLEU: a hypothesis n-gram counts at most as often as it occurs in the
 * single reference where it occurs most often.
 */
final class BleuSegmentCounter {

  private static final int MAX_ORDER = BleuOptions.MAX_ORDER;

  private final Map<String, Integer> tokenIds = new HashMap<>();
  private final NgramTable ngrams = new NgramTable();
  private int[] referenceMax = new int[0];
  private int[] scratchCount = new int[0];

  /**
   * Statistics of one segment whose hypothesis and references are already preprocessed (lowercased
   * and tokenized).
   *
   * @param hypothesis the tokenized hypothesis
   * @param references the tokenized references present for this segment (at least one)
   */
  BleuStatistics count(String hypothesis, List<String> references) {
    tokenIds.clear();
    ngrams.clear();
    int[] hypTokens = ids(hypothesis);
    int[][] hypNgrams = ngrams.internAll(hypTokens, MAX_ORDER);
    int[][][] refNgrams = new int[references.size()][][];
    int[] refLens = new int[references.size()];
    for (int r = 0; r < references.size(); r++) {
      int[] refTokens = ids(references.get(r));
      refLens[r] = refTokens.length;
      refNgrams[r] = ngrams.internAll(refTokens, MAX_ORDER);
    }
    ensureCapacity(ngrams.size());

    for (int[][] ref : refNgrams) {
      for (int[] row : ref) {
        for (int id : row) {
          scratchCount[id]++;
        }
      }
      for (int[] row : ref) {
        for (int id : row) {
          if (scratchCount[id] > referenceMax[id]) {
            referenceMax[id] = scratchCount[id];
          }
        }
      }
      for (int[] row : ref) {
        for (int id : row) {
          scratchCount[id] = 0;
        }
      }
    }

    long[] matches = new long[MAX_ORDER];
    long[] totals = new long[MAX_ORDER];
    for (int n = 0; n < MAX_ORDER; n++) {
      int[] row = hypNgrams[n];
      totals[n] = row.length;
      for (int id : row) {
        scratchCount[id]++;
      }
      long clipped = 0;
      for (int id : row) {
        int count = scratchCount[id];
        if (count > 0) {
          clipped += Math.min(count, referenceMax[id]);
          scratchCount[id] = 0;
        }
      }
      matches[n] = clipped;
    }
    for (int[][] ref : refNgrams) {
      for (int[] row : ref) {
        for (int id : row) {
          referenceMax[id] = 0;
        }
      }
    }
    int hypLen = hypTokens.length;
    return new BleuStatistics(hypLen, closestReferenceLength(hypLen, refLens), matches, totals);
  }

  /** The reference length closest to {@code hypLen}; the shorter one on a tie. */
  static int closestReferenceLength(int hypLen, int[] refLens) {
    int closestDiff = -1;
    int closestLen = -1;
    for (int refLen : refLens) {
      int diff = Math.abs(hypLen - refLen);
      if (closestDiff == -1 || diff < closestDiff) {
        closestDiff = diff;
        closestLen = refLen;
      } else if (diff == closestDiff && refLen < closestLen) {
        closestLen = refLen;
      }
    }
    return closestLen;
  }

  private int[] ids(String tokenized) {
    List<String> tokens = PythonText.split(tokenized);
    int[] result = new int[tokens.size()];
    for (int i = 0; i < result.length; i++) {
      Integer id = tokenIds.get(tokens.get(i));
      if (id == null) {
        id = tokenIds.size();
        tokenIds.put(tokens.get(i), id);
      }
      result[i] = id;
    }
    return result;
  }

  private void ensureCapacity(int size) {
    if (referenceMax.length < size) {
      int capacity = Math.max(size, referenceMax.length * 2);
      referenceMax = Arrays.copyOf(referenceMax, capacity);
      scratchCount = Arrays.copyOf(scratchCount, capacity);
    }
  }
}
