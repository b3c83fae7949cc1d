package org.seq4j.corpus.tags;

/**
 * A tag split into its prefix and type: {@code B-PER} is (B, PER), {@code O} is (O, ""). The type
 * is everything after the first dash, so types may contain dashes ({@code B-creative-work}).
 */
record ChunkTag(char prefix, String type) {
  static final String OUTSIDE = "O";
  static final char OUTSIDE_PREFIX = 'O';
  static final char BEGIN = 'B';
  static final char INSIDE = 'I';
  static final char END = 'E';
  static final char SINGLE = 'S';
  private static final char SEPARATOR = '-';
  private static final int PREFIX_LENGTH = 2;

  /**
   * Parses a tag.
   *
   * @throws IllegalArgumentException unless the tag is {@code O} or {@code X-TYPE} with X one of
   *     B, I, E, S and a non-empty type
   */
  static ChunkTag parse(String tag, int position) {
    if (OUTSIDE.equals(tag)) {
      return new ChunkTag(OUTSIDE_PREFIX, "");
    }
    if (tag.length() > PREFIX_LENGTH
        && tag.charAt(1) == SEPARATOR
        && "BIES".indexOf(tag.charAt(0)) >= 0) {
      return new ChunkTag(tag.charAt(0), tag.substring(PREFIX_LENGTH));
    }
    throw new IllegalArgumentException(
        "tag '" + tag + "' at position " + position + ": expected O or B-/I-/E-/S-TYPE");
  }

  boolean isOutside() {
    return prefix == OUTSIDE_PREFIX;
  }

  static String format(char prefix, String type) {
    return prefix + "-" + type;
  }
}
