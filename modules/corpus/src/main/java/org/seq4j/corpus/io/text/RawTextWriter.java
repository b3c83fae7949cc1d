package org.seq4j.corpus.io.text;

import java.io.IOException;
import java.nio.file.Path;
import org.seq4j.corpus.AtomicFiles;

/** Writes one sentence per line, LF line ends, atomically (temp file + rename), streaming. */
public final class RawTextWriter {
  private static final char LF = '\n';

  private RawTextWriter() {}

  /**
   * @throws IllegalArgumentException if a sentence contains a line break; nothing is written then
   */
  public static void write(Path file, Iterable<String> sentences) throws IOException {
    AtomicFiles.writeText(
        file,
        out -> {
          long number = 0;
          for (String sentence : sentences) {
            number++;
            if (sentence.indexOf('\n') >= 0 || sentence.indexOf('\r') >= 0) {
              throw new IllegalArgumentException(
                  "sentence " + number + " contains a line break; expected one sentence per line");
            }
            out.append(sentence).append(LF);
          }
        });
  }
}
