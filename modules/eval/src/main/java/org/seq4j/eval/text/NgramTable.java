package org.seq4j.eval.text;

import java.util.Arrays;

/**
 * Gives every distinct n-gram of one segment a small dense id, without building n-gram strings.
 *
 * <p>Design: an n-gram is identified by the id of its prefix (the (n-1)-gram) and the id of its
 * last token, so {@code id(w1..wn) = intern(id(w1..wn-1), token(wn))}, with {@link #NO_PREFIX} for
 * unigrams. This is exact (no hash collisions can merge two n-grams), ids are unique across orders,
 * and each n-gram costs one probe in a primitive open-addressing table instead of a string
 * concatenation and a {@code HashMap<String, Integer>} lookup. Ids are dense ({@code 0..size-1}),
 * so callers count with plain {@code int[]} arrays. The table is scratch space for one thread:
 * {@link #clear()} it between segments.
 */
public final class NgramTable {

  /** Prefix id of a unigram. */
  public static final int NO_PREFIX = -1;

  private static final int INITIAL_CAPACITY = 256;
  private static final int EMPTY = -1;
  private static final long HASH_MULTIPLIER = 0x9E3779B97F4A7C15L;

  private long[] keys = new long[INITIAL_CAPACITY];
  private int[] ids = new int[INITIAL_CAPACITY];
  private int size;

  public NgramTable() {
    Arrays.fill(ids, EMPTY);
  }

  /** Number of distinct n-grams interned since the last {@link #clear()}. */
  public int size() {
    return size;
  }

  /** Forgets every n-gram; ids start again from 0. */
  public void clear() {
    if (size > 0) {
      Arrays.fill(ids, EMPTY);
      size = 0;
    }
  }

  /** The id of the n-gram made of the n-gram {@code prefixId} followed by token {@code tokenId}. */
  public int intern(int prefixId, int tokenId) {
    long key = ((long) prefixId << Integer.SIZE) | (tokenId & 0xFFFFFFFFL);
    int mask = keys.length - 1;
    int slot = slotOf(key, mask);
    while (ids[slot] != EMPTY) {
      if (keys[slot] == key) {
        return ids[slot];
      }
      slot = (slot + 1) & mask;
    }
    keys[slot] = key;
    ids[slot] = size;
    int id = size++;
    if (size * 2 > keys.length) {
      grow();
    }
    return id;
  }

  /**
   * Interns every n-gram of orders 1..{@code maxOrder} of a token sequence.
   *
   * @return {@code ids[n-1][i]}: the id of the n-gram starting at token {@code i}; row {@code n-1}
   *     has {@code max(0, length - n + 1)} entries
   */
  public int[][] internAll(int[] tokenIds, int maxOrder) {
    int[][] result = new int[maxOrder][];
    int length = tokenIds.length;
    int[] previous = null;
    for (int n = 1; n <= maxOrder; n++) {
      int count = Math.max(0, length - n + 1);
      int[] row = new int[count];
      for (int i = 0; i < count; i++) {
        int prefix = n == 1 ? NO_PREFIX : previous[i];
        row[i] = intern(prefix, tokenIds[i + n - 1]);
      }
      result[n - 1] = row;
      previous = row;
    }
    return result;
  }

  private static int slotOf(long key, int mask) {
    long h = key * HASH_MULTIPLIER;
    return (int) (h ^ (h >>> Integer.SIZE)) & mask;
  }

  private void grow() {
    long[] oldKeys = keys;
    int[] oldIds = ids;
    keys = new long[oldKeys.length * 2];
    ids = new int[oldIds.length * 2];
    Arrays.fill(ids, EMPTY);
    int mask = keys.length - 1;
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldIds[i] != EMPTY) {
        int slot = slotOf(oldKeys[i], mask);
        while (ids[slot] != EMPTY) {
          slot = (slot + 1) & mask;
        }
        keys[slot] = oldKeys[i];
        ids[slot] = oldIds[i];
      }
    }
  }
}
