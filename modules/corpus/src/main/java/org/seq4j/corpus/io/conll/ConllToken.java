package org.seq4j.corpus.io.conll;

import java.util.ArrayList;
import java.util.List;

/**
 * One token line of a CoNLL column file, all columns verbatim. Immutable.
 *
 * @param columns the line's columns in order
 */
public record ConllToken(List<String> columns) {
  public ConllToken {
    columns = List.copyOf(columns);
    if (columns.isEmpty()) {
      throw new IllegalArgumentException("a token needs at least one column");
    }
  }

  public static ConllToken of(String... columns) {
    return new ConllToken(List.of(columns));
  }

  /** The 0-based column. */
  public String column(int index) {
    return columns.get(index);
  }

  /** A copy with {@code value} appended as a new last column. */
  public ConllToken withAppendedColumn(String value) {
    List<String> extended = new ArrayList<>(columns);
    extended.add(value);
    return new ConllToken(extended);
  }

  /** A copy with column {@code index} set to {@code value}. */
  public ConllToken withColumn(int index, String value) {
    List<String> changed = new ArrayList<>(columns);
    changed.set(index, value);
    return new ConllToken(changed);
  }

  /** The line as written, columns joined by {@code delimiter}. */
  public String toLine(String delimiter) {
    return String.join(delimiter, columns);
  }
}
