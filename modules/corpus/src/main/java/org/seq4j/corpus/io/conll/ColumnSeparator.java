package org.seq4j.corpus.io.conll;

import java.util.ArrayList;
import java.util.List;

/** How the columns of a CoNLL column file are separated. */
public enum ColumnSeparator {
  /** Exactly one TAB between columns (WNUT-17); columns may contain spaces. Written as a TAB. */
  TAB("\t"),
  /** Runs of spaces and tabs (CoNLL-2003); leading/trailing blanks ignored. Written as one space. */
  WHITESPACE(" ");

  private final String delimiter;

  ColumnSeparator(String delimiter) {
    this.delimiter = delimiter;
  }

  /** What the writer puts between columns. */
  public String delimiter() {
    return delimiter;
  }

  /** Splits one non-blank line into columns. */
  public List<String> split(String line) {
    List<String> columns = new ArrayList<>();
    if (this == TAB) {
      int start = 0;
      for (int tab = line.indexOf('\t'); tab >= 0; tab = line.indexOf('\t', start)) {
        columns.add(line.substring(start, tab));
        start = tab + 1;
      }
      columns.add(line.substring(start));
      return columns;
    }
    int i = 0;
    while (i < line.length()) {
      while (i < line.length() && isBlank(line.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < line.length() && !isBlank(line.charAt(i))) {
        i++;
      }
      if (i > start) {
        columns.add(line.substring(start, i));
      }
    }
    return columns;
  }

  /** True for a line holding only spaces and tabs (or nothing): a sentence boundary. */
  public static boolean isBlankLine(String line) {
    for (int i = 0; i < line.length(); i++) {
      if (!isBlank(line.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isBlank(char c) {
    return c == ' ' || c == '\t';
  }
}
