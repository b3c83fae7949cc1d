package org.seq4j.corpus.io.conllu;

/**
 * The ID column of a CoNLL-U line: a syntactic word ({@code 7}), a multiword-token range ({@code
 * 3-4}) or an empty node ({@code 8.1}). Immutable.
 *
 * <p>Only canonical spellings are accepted ({@code [1-9][0-9]*}, ranges with start &lt; end, empty
 * nodes {@code N.M} with M &ge; 1), so {@link #toString()} reproduces the text that was parsed
 * and files round-trip byte for byte.
 *
 * @param kind which of the three line kinds this is
 * @param first the word number; the range start; the word an empty node follows (0 = before the
 *     first word)
 * @param second unused (0) for words; the range end; the empty node's index after the dot
 */
public record ConllUId(Kind kind, int first, int second) {

  /** The three kinds of non-comment CoNLL-U lines. */
  public enum Kind {
    /** A syntactic word with an integer ID; the lines taggers and counts use. */
    WORD,
    /** A multiword-token range line such as {@code 3-4} (surface token, e.g. "don't"). */
    RANGE,
    /** An empty node such as {@code 8.1} (enhanced dependencies only). */
    EMPTY_NODE
  }

  public ConllUId {
    switch (kind) {
      case WORD -> require(first >= 1 && second == 0, "word id must be >= 1");
      case RANGE -> require(first >= 1 && second > first, "range must have 1 <= start < end");
      case EMPTY_NODE -> require(first >= 0 && second >= 1, "empty node must be N.M with N >= 0, M >= 1");
    }
  }

  public static ConllUId word(int number) {
    return new ConllUId(Kind.WORD, number, 0);
  }

  public static ConllUId range(int start, int end) {
    return new ConllUId(Kind.RANGE, start, end);
  }

  public static ConllUId emptyNode(int afterWord, int index) {
    return new ConllUId(Kind.EMPTY_NODE, afterWord, index);
  }

  /**
   * Parses a canonical ID.
   *
   * @throws IllegalArgumentException with a short description if {@code text} is not one
   */
  public static ConllUId parse(String text) {
    int dash = text.indexOf('-');
    if (dash >= 0) {
      return range(parsePositive(text.substring(0, dash), text), parsePositive(text.substring(dash + 1), text));
    }
    int dot = text.indexOf('.');
    if (dot >= 0) {
      String before = text.substring(0, dot);
      int afterWord = "0".equals(before) ? 0 : parsePositive(before, text);
      return emptyNode(afterWord, parsePositive(text.substring(dot + 1), text));
    }
    return word(parsePositive(text, text));
  }

  public boolean isWord() {
    return kind == Kind.WORD;
  }

  /** Number of syntactic words a range covers; 0 for other kinds. */
  public int rangeLength() {
    return kind == Kind.RANGE ? second - first + 1 : 0;
  }

  @Override
  public String toString() {
    return switch (kind) {
      case WORD -> Integer.toString(first);
      case RANGE -> first + "-" + second;
      case EMPTY_NODE -> first + "." + second;
    };
  }

  private static int parsePositive(String digits, String whole) {
    boolean canonical = !digits.isEmpty() && digits.charAt(0) != '0';
    for (int i = 0; canonical && i < digits.length(); i++) {
      canonical = digits.charAt(i) >= '0' && digits.charAt(i) <= '9';
    }
    if (!canonical) {
      throw new IllegalArgumentException("malformed id '" + whole + "'");
    }
    try {
      return Integer.parseInt(digits);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("id '" + whole + "' is too large", e);
    }
  }

  private static void require(boolean condition, String problem) {
    if (!condition) {
      throw new IllegalArgumentException(problem);
    }
  }
}
