package org.seq4j.corpus.io;

import java.io.IOException;
import java.io.Reader;

/**
 * A {@link Reader} fed one line at a time by a {@link Utf8LineReader}, each line followed by LF.
 * Lets character-level parsers such as Commons CSV share the strict decoding and line numbers.
 */
final class LineFedReader extends Reader {
  private static final char LF = '\n';

  private final Utf8LineReader lines;
  private String current = "";
  private int offset;
  private boolean lineFeedPending;
  private boolean finished;

  LineFedReader(Utf8LineReader lines) {
    this.lines = lines;
  }

  @Override
  public int read(char[] target, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    int written = 0;
    while (written < len) {
      if (offset < current.length()) {
        int n = Math.min(len - written, current.length() - offset);
        current.getChars(offset, offset + n, target, off + written);
        offset += n;
        written += n;
      } else if (lineFeedPending) {
        target[off + written++] = LF;
        lineFeedPending = false;
      } else if (finished || !advance()) {
        break;
      }
    }
    return written == 0 ? -1 : written;
  }

  private boolean advance() throws IOException {
    String next = lines.readLine();
    if (next == null) {
      finished = true;
      return false;
    }
    current = next;
    offset = 0;
    lineFeedPending = true;
    return true;
  }

  @Override
  public void close() throws IOException {
    lines.close();
  }
}
