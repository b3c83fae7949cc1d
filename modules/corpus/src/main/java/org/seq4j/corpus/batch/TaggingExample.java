package org.seq4j.corpus.batch;

import java.util.Arrays;
import java.util.Objects;

/**
 * One encoded tagging sentence: a token id and a tag id per position, and optionally the
 * character ids of each token.
 *
 * <p>Immutable: the constructor copies the arrays and the accessors return copies. The batchers
 * read the data through the package-private {@code copy...Into} methods instead, so batching does
 * not pay for those defensive copies. A zero-length example is allowed; how a batch treats it is
 * decided by {@link EmptySequencePolicy}.
 *
 * @param tokenIds one id per token, never {@link Padding#PAD_ID}
 * @param tagIds one tag id per token, same length as {@code tokenIds}
 * @param charIds {@code null}, or one array of character ids per token (a token's array may be
 *     empty)
 */
public record TaggingExample(int[] tokenIds, int[] tagIds, int[][] charIds) {

  public TaggingExample {
    Objects.requireNonNull(tokenIds, "tokenIds");
    Objects.requireNonNull(tagIds, "tagIds");
    if (tokenIds.length != tagIds.length) {
      throw new IllegalArgumentException(
          "tokenIds and tagIds differ in length: " + tokenIds.length + " vs " + tagIds.length);
    }
    if (charIds != null && charIds.length != tokenIds.length) {
      throw new IllegalArgumentException(
          "charIds has " + charIds.length + " entries for " + tokenIds.length + " tokens");
    }
    tokenIds = tokenIds.clone();
    tagIds = tagIds.clone();
    charIds = charIds == null ? null : deepCopy(charIds);
  }

  /** An example without character ids. */
  public TaggingExample(int[] tokenIds, int[] tagIds) {
    this(tokenIds, tagIds, null);
  }

  /** Number of tokens. */
  public int length() {
    return tokenIds.length;
  }

  /** Whether per-token character ids are present. */
  public boolean hasCharIds() {
    return charIds != null;
  }

  /** Length of the longest token in characters, 0 without character ids. */
  public int maxCharsPerToken() {
    int max = 0;
    if (charIds != null) {
      for (int[] chars : charIds) {
        max = Math.max(max, chars.length);
      }
    }
    return max;
  }

  @Override
  public int[] tokenIds() {
    return tokenIds.clone();
  }

  @Override
  public int[] tagIds() {
    return tagIds.clone();
  }

  @Override
  public int[][] charIds() {
    return charIds == null ? null : deepCopy(charIds);
  }

  void copyTokenIdsInto(int[] destination, int offset) {
    System.arraycopy(tokenIds, 0, destination, offset, tokenIds.length);
  }

  void copyTagIdsInto(int[] destination, int offset) {
    System.arraycopy(tagIds, 0, destination, offset, tagIds.length);
  }

  /** Copies token {@code position}'s character ids into {@code destination} at {@code offset}. */
  int copyCharIdsInto(int position, int[] destination, int offset) {
    int[] chars = charIds[position];
    System.arraycopy(chars, 0, destination, offset, chars.length);
    return chars.length;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof TaggingExample that
        && Arrays.equals(tokenIds, that.tokenIds)
        && Arrays.equals(tagIds, that.tagIds)
        && Arrays.deepEquals(charIds, that.charIds);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        Arrays.hashCode(tokenIds), Arrays.hashCode(tagIds), Arrays.deepHashCode(charIds));
  }

  @Override
  public String toString() {
    return "TaggingExample[tokenIds="
        + Arrays.toString(tokenIds)
        + ", tagIds="
        + Arrays.toString(tagIds)
        + (charIds == null ? "" : ", charIds=" + Arrays.deepToString(charIds))
        + "]";
  }

  private static int[][] deepCopy(int[][] arrays) {
    int[][] copy = new int[arrays.length][];
    for (int i = 0; i < arrays.length; i++) {
      copy[i] = Objects.requireNonNull(arrays[i], "charIds[" + i + "]").clone();
    }
    return copy;
  }
}
