package org.seq4j.eval.tagging;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * File formats the tagging evaluation reads.
 *
 * <ul>
 *   <li>{@link #CONLL}: one token per line, columns separated by spaces or tabs, the token first.
 *       A line that is empty or holds only whitespace ends a sentence, and so does a line whose
 *       first column is {@code -X-} (conlleval's boundary; {@code -DOCSTART-} lines are ordinary
 *       tokens, as in conlleval). The tag is the last column unless a column is given.
 *   <li>{@link #CONLLU}: CoNLL-U, tab-separated; {@code #} comment lines are skipped, and so are
 *       multiword-token ranges ({@code 3-4}) and empty nodes ({@code 5.1}). The token is column 2
 *       (FORM); the tag is column 4 (UPOS) unless a column is given (e.g. 5 for XPOS).
 * </ul>
 */
public enum TagFileFormat {
  CONLL,
  CONLLU;

  /** Default tag column of CoNLL-U: UPOS (1-based). */
  public static final int CONLLU_UPOS_COLUMN = 4;

  /** The lower-case name used on the command line. */
  public String cliName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The format called {@code name} (case-insensitive), or empty. */
  public static Optional<TagFileFormat> fromName(String name) {
    return Arrays.stream(values()).filter(f -> f.name().equalsIgnoreCase(name)).findFirst();
  }

  /** The valid names, for error messages: {@code conll|conllu}. */
  public static String validNames() {
    return Arrays.stream(values()).map(TagFileFormat::cliName).collect(Collectors.joining("|"));
  }
}
