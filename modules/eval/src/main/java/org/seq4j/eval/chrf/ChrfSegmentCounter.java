package org.seq4j.eval.chrf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.seq4j.eval.text.NgramTable;
import org.seq4j.eval.text.PythonText;

/**
 * Counts chrF statistics for one segment at a time and picks the best reference.
 *
 * <p>Design: character n-grams are over Unicode code points (Python's {@code str}), taken after all
 * Python whitespace is deleted unless whitespace is kept. Code points serve directly as token ids;
 * words get ids above {@link Character#MAX_CODE_POINT} so character and word n-grams never share
 * an id in the segment's {@link NgramTable}. With several references, each reference is scored on
 * its own and the segment keeps the statistics of the one with the highest sentence chrF (the
 * first wins a tie), as sacreBLEU does. Not thread-safe: one counter per thread.
 */
final class ChrfSegmentCounter {

  /** ASCII punctuation, Python's {@code string.punctuation}. */
  private static final String PUNCTUATION = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";

  private static final int WORD_ID_BASE = Character.MAX_CODE_POINT + 1;

  private final ChrfOptions options;
  private final NgramTable ngrams = new NgramTable();
  private final Map<String, Integer> wordIds = new HashMap<>();
  private int[] hypCount = new int[0];
  private int[] refCount = new int[0];
  private int[] visited = new int[0];
  private int visitStamp;

  ChrfSegmentCounter(ChrfOptions options) {
    this.options = options;
  }

  /**
   * The best reference's statistics for a preprocessed (lowercased if asked) hypothesis.
   *
   * @param references the references present for this segment (at least one)
   */
  long[] count(String hypothesis, List<String> references) {
    ngrams.clear();
    wordIds.clear();
    int[][] hyp = ngramIds(hypothesis);
    int[][][] refs = new int[references.size()][][];
    for (int r = 0; r < refs.length; r++) {
      refs[r] = ngramIds(references.get(r));
    }
    ensureCapacity(ngrams.size());
    for (int[] row : hyp) {
      for (int id : row) {
        hypCount[id]++;
      }
    }

    long[] best = null;
    double bestScore = -1.0;
    for (int[][] ref : refs) {
      long[] stats = matchStatistics(hyp, ref);
      double score = ChrfFormula.score(stats, options);
      if (score > bestScore) {
        bestScore = score;
        best = stats;
      }
    }
    for (int[] row : hyp) {
      for (int id : row) {
        hypCount[id] = 0;
      }
    }
    return best;
  }

  private long[] matchStatistics(int[][] hyp, int[][] ref) {
    int order = options.totalOrder();
    long[] stats = new long[3 * order];
    for (int[] row : ref) {
      for (int id : row) {
        refCount[id]++;
      }
    }
    for (int n = 0; n < order; n++) {
      int[] hypRow = hyp[n];
      int[] refRow = ref[n];
      visitStamp++;
      long matches = 0;
      for (int id : hypRow) {
        if (visited[id] != visitStamp) {
          visited[id] = visitStamp;
          matches += Math.min(hypCount[id], refCount[id]);
        }
      }
      stats[3 * n] = refRow.length > 0 ? hypRow.length : 0;
      stats[3 * n + 1] = refRow.length;
      stats[3 * n + 2] = matches;
    }
    for (int[] row : ref) {
      for (int id : row) {
        refCount[id] = 0;
      }
    }
    return stats;
  }

  /** Character n-gram rows (orders 1..charOrder) followed by word n-gram rows. */
  private int[][] ngramIds(String line) {
    String chars = options.whitespace() ? line : PythonText.deleteSpaces(line);
    int[][] charRows = ngrams.internAll(chars.codePoints().toArray(), options.charOrder());
    if (options.wordOrder() == 0) {
      return charRows;
    }
    List<String> words = splitPunctuation(line);
    int[] ids = new int[words.size()];
    for (int i = 0; i < ids.length; i++) {
      Integer id = wordIds.get(words.get(i));
      if (id == null) {
        id = WORD_ID_BASE + wordIds.size();
        wordIds.put(words.get(i), id);
      }
      ids[i] = id;
    }
    int[][] wordRows = ngrams.internAll(ids, options.wordOrder());
    int[][] all = Arrays.copyOf(charRows, options.totalOrder());
    System.arraycopy(wordRows, 0, all, options.charOrder(), options.wordOrder());
    return all;
  }

  /**
   * chrF++'s word tokenization: whitespace split, then a word longer than one character loses one
   * ASCII punctuation character from its end, or else from its start ({@code (hi)} becomes {@code
   * (hi} and {@code )}, a known sacreBLEU quirk kept for compatibility).
   */
  static List<String> splitPunctuation(String line) {
    List<String> words = new ArrayList<>();
    for (String w : PythonText.split(line)) {
      if (w.codePointCount(0, w.length()) == 1) {
        words.add(w);
      } else if (PUNCTUATION.indexOf(w.charAt(w.length() - 1)) >= 0) {
        words.add(w.substring(0, w.length() - 1));
        words.add(w.substring(w.length() - 1));
      } else if (PUNCTUATION.indexOf(w.charAt(0)) >= 0) {
        words.add(w.substring(0, 1));
        words.add(w.substring(1));
      } else {
        words.add(w);
      }
    }
    return words;
  }

  private void ensureCapacity(int size) {
    if (hypCount.length < size) {
      int capacity = Math.max(size, hypCount.length * 2);
      hypCount = Arrays.copyOf(hypCount, capacity);
      refCount = Arrays.copyOf(refCount, capacity);
      visited = Arrays.copyOf(visited, capacity);
    }
  }
}
