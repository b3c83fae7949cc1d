package org.seq4j.eval.tagging;

/**
 * A tag split the way conlleval splits it: at its <b>first</b> {@code '-'}, so {@code B-GPE-LOC}
 * has prefix {@code B} and type {@code GPE-LOC}. A tag without {@code '-'} (such as {@code O}) is
 * all prefix with an empty type.
 *
 * @param prefix the part before the first {@code '-'} (the whole tag if there is none)
 * @param type the part after the first {@code '-'}, or the empty string
 */
public record ChunkTag(String prefix, String type) {

  /** The outside tag. */
  public static final String OUTSIDE = "O";

  private static final char SEPARATOR = '-';

  /** Splits {@code tag} at its first {@code '-'}. */
  public static ChunkTag parse(String tag) {
    int dash = tag.indexOf(SEPARATOR);
    if (dash < 0) {
      return new ChunkTag(tag, "");
    }
    return new ChunkTag(tag.substring(0, dash), tag.substring(dash + 1));
  }

  /** True for the outside tag {@code O}. */
  public boolean isOutside() {
    return OUTSIDE.equals(prefix) && type.isEmpty();
  }
}
