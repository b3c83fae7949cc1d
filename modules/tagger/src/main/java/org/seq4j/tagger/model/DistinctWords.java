package org.seq4j.tagger.model;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.seq4j.corpus.batch.TaggingBatch;

/**
 * The character input of a batch as one row per distinct word (distinct character-id sequence),
 * ordered by length, plus the row each token position reads: the character encoder runs once per
 * distinct word and its outputs are gathered into the {@code [batch * time]} token layout.
 *
 * <p>Why: a word's character features depend on its characters only, a batch repeats its words,
 * and most words are short. Encoding every token position padded every position to the batch's
 * longest word: an inference batch of EWT test (2,048 token slots) has about 1,900 tokens but 850
 * distinct words, and 60,000 padded character positions; the distinct words, cut by {@link
 * LengthGroups} into 3 or 4 groups of similar length, fill 6,000. Two spellings with the same character ids (e.g. two
 * different unknown characters) share a row: their features are identical anyway.
 *
 * <p>Immutable; built from the batch's arrays, which it does not keep.
 */
public final class DistinctWords {

  /** {@link #rowOfPosition()} of a padding position: no word, zero features and no gradient. */
  public static final int NO_ROW = -1;

  private final int[][] charIds;
  private final int[] rowOfPosition;
  private final boolean lengthOrdered;

  private DistinctWords(int[][] charIds, int[] rowOfPosition, boolean lengthOrdered) {
    this.charIds = charIds;
    this.rowOfPosition = rowOfPosition;
    this.lengthOrdered = lengthOrdered;
  }

  /**
   * The distinct words of the batch's real positions, shortest first (words of equal length in
   * order of first occurrence, so the result is deterministic).
   */
  public static DistinctWords of(TaggingBatch batch) {
    int positions = batch.size() * batch.timeSteps();
    int[] rowOfPosition = new int[positions];
    Arrays.fill(rowOfPosition, NO_ROW);
    Map<CharKey, Integer> firstRows = new HashMap<>();
    int[][] found = new int[positions][];
    int distinct = 0;
    for (int row = 0; row < batch.size(); row++) {
      for (int t = 0; t < batch.lengths()[row]; t++) {
        int position = row * batch.timeSteps() + t;
        int[] ids = charIdsAt(batch, position);
        Integer known = firstRows.putIfAbsent(new CharKey(ids), distinct);
        if (known == null) {
          found[distinct] = ids;
          rowOfPosition[position] = distinct++;
        } else {
          rowOfPosition[position] = known;
        }
      }
    }
    int[] order = byLength(found, distinct);
    int[] newRow = new int[distinct];
    int[][] charIds = new int[distinct][];
    for (int r = 0; r < distinct; r++) {
      charIds[r] = found[order[r]];
      newRow[order[r]] = r;
    }
    for (int p = 0; p < positions; p++) {
      if (rowOfPosition[p] != NO_ROW) {
        rowOfPosition[p] = newRow[rowOfPosition[p]];
      }
    }
    return new DistinctWords(charIds, rowOfPosition, true);
  }

  /**
   * One row per position, padding included, in position order and encoded as one group: the
   * per-token computation {@link #of} replaces, kept to test that both give the same network.
   */
  static DistinctWords perPosition(TaggingBatch batch) {
    int positions = batch.size() * batch.timeSteps();
    int[][] charIds = new int[positions][];
    int[] rowOfPosition = new int[positions];
    for (int p = 0; p < positions; p++) {
      charIds[p] = charIdsAt(batch, p);
      rowOfPosition[p] = p;
    }
    return new DistinctWords(charIds, rowOfPosition, false);
  }

  /** Number of rows. */
  public int size() {
    return charIds.length;
  }

  /** Characters of row {@code row}. */
  public int length(int row) {
    return charIds[row].length;
  }

  /** Character ids of row {@code row} (the array itself: read-only). */
  int[] charIds(int row) {
    return charIds[row];
  }

  /** Whether rows are ordered by length, so that {@link LengthGroups} may split them. */
  public boolean lengthOrdered() {
    return lengthOrdered;
  }

  /** For each position {@code row * timeSteps + t}, its row here or {@link #NO_ROW} (a copy). */
  public int[] rowOfPosition() {
    return rowOfPosition.clone();
  }

  int[] rowOfPositionView() {
    return rowOfPosition;
  }

  /** A position's character ids: its real characters (the mask is left-aligned). */
  private static int[] charIdsAt(TaggingBatch batch, int position) {
    int width = batch.charsPerToken();
    int from = position * width;
    int length = 0;
    while (length < width && batch.charMask()[from + length] != 0) {
      length++;
    }
    return Arrays.copyOfRange(batch.charIds(), from, from + length);
  }

  /** Indices of the first {@code count} arrays, stably ordered by length (a counting sort). */
  private static int[] byLength(int[][] arrays, int count) {
    int maxLength = 0;
    for (int i = 0; i < count; i++) {
      maxLength = Math.max(maxLength, arrays[i].length);
    }
    int[] starts = new int[maxLength + 2];
    for (int i = 0; i < count; i++) {
      starts[arrays[i].length + 1]++;
    }
    for (int length = 1; length < starts.length; length++) {
      starts[length] += starts[length - 1];
    }
    int[] order = new int[count];
    for (int i = 0; i < count; i++) {
      order[starts[arrays[i].length]++] = i;
    }
    return order;
  }

  /** An int sequence as a hash key, compared by content. */
  private record CharKey(int[] ids) {
    @Override
    public boolean equals(Object other) {
      return other instanceof CharKey k && Arrays.equals(ids, k.ids);
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(ids);
    }

    @Override
    public String toString() {
      return Arrays.toString(ids);
    }
  }
}
