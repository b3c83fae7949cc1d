package org.seq4j.tagger.model;

import java.util.Arrays;
import java.util.List;
import org.seq4j.corpus.vocab.Vocabulary;

/**
 * A character vocabulary as a sorted table from Unicode code point to id: the same answers as
 * {@code chars.idOrUnknown(Character.toString(codePoint))} without a string and a hash lookup per
 * character (which were a tenth of the tagging time's Java work). Entries that are not one code
 * point (the specials {@code <pad>}, {@code <unk>}) are never looked up this way and are left out.
 * Immutable.
 */
final class CodePointIds {

  private final int[] codePoints;
  private final int[] ids;
  private final int unknownId;

  CodePointIds(Vocabulary chars) {
    List<String> tokens = chars.tokens();
    int[][] pairs = new int[tokens.size()][];
    int count = 0;
    for (int id = 0; id < tokens.size(); id++) {
      String token = tokens.get(id);
      if (!token.isEmpty() && token.codePointCount(0, token.length()) == 1) {
        pairs[count++] = new int[] {token.codePointAt(0), id};
      }
    }
    int[][] sorted = Arrays.copyOf(pairs, count);
    Arrays.sort(sorted, (a, b) -> Integer.compare(a[0], b[0]));
    this.codePoints = new int[count];
    this.ids = new int[count];
    for (int i = 0; i < count; i++) {
      codePoints[i] = sorted[i][0];
      ids[i] = sorted[i][1];
    }
    this.unknownId = chars.unkId();
  }

  /** The code point's id, or {@code <unk>}'s. */
  int idOrUnknown(int codePoint) {
    int i = Arrays.binarySearch(codePoints, codePoint);
    return i >= 0 ? ids[i] : unknownId;
  }
}
