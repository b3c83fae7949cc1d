package org.seq4j.corpus.io.conllu;

import java.util.Locale;

/** Which CoNLL-U column serves as the tag when a sentence is viewed as a tagged sentence. */
public enum ConllUTagColumn {
  /** Column 4: universal part-of-speech tag. */
  UPOS,
  /** Column 5: language-specific part-of-speech tag (PTB tags in English treebanks). */
  XPOS;

  /** Lower-case short name used in recipes and on the command line. */
  public String shortName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Parses {@code upos} or {@code xpos} (case-insensitive).
   *
   * @throws IllegalArgumentException naming the valid values
   */
  public static ConllUTagColumn parse(String name) {
    for (ConllUTagColumn column : values()) {
      if (column.shortName().equalsIgnoreCase(name.trim())) {
        return column;
      }
    }
    throw new IllegalArgumentException(
        "Invalid value '" + name + "' for tag column: expected upos|xpos");
  }
}
