package org.seq4j.cli;

import java.io.BufferedInputStream;
import java.io.IOException;
import org.seq4j.corpus.io.conll.ColumnSeparator;

/**
 * Decides how a CoNLL column file separates its columns by looking at its first line that is not
 * blank: a TAB means {@link ColumnSeparator#TAB} (WNUT-17; columns may then contain spaces),
 * otherwise {@link ColumnSeparator#WHITESPACE} (CoNLL-2003). The stream is reset afterwards, so
 * this works on standard input too. Output is written with the same separator, so a tagged file
 * looks like its input plus one column.
 */
final class ColumnSeparatorSniffer {

  /** Bytes looked at before giving up (a first line longer than this is unusual for CoNLL). */
  static final int LOOKAHEAD_BYTES = 1 << 20;
  private static final int END = -1;

  private ColumnSeparatorSniffer() {}

  static ColumnSeparator sniff(BufferedInputStream in) throws IOException {
    in.mark(LOOKAHEAD_BYTES);
    try {
      boolean lineHasContent = false;
      boolean lineHasTab = false;
      for (int read = 0; read < LOOKAHEAD_BYTES; read++) {
        int b = in.read();
        if (b == END || b == '\n') {
          if (lineHasContent) {
            return lineHasTab ? ColumnSeparator.TAB : ColumnSeparator.WHITESPACE;
          }
          if (b == END) {
            break;
          }
          lineHasTab = false;
        } else if (b == '\t') {
          lineHasTab = true;
        } else if (b != ' ' && b != '\r') {
          lineHasContent = true;
        }
      }
      return ColumnSeparator.WHITESPACE;
    } finally {
      in.reset();
    }
  }
}
