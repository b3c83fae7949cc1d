package org.seq4j.corpus.io.parallel;

import java.io.IOException;
import java.nio.file.Path;
import org.seq4j.corpus.AtomicFiles;
import org.seq4j.corpus.SentencePair;

/**
 * Writes pairs as two line-aligned text files, one sentence per line, LF line ends. Both files are
 * written atomically and streamed together; the target file is renamed into place first, the source
 * file last, and on failure neither is replaced.
 */
public final class ParallelTextWriter {
  private static final char LF = '\n';

  private ParallelTextWriter() {}

  /**
   * @throws IllegalArgumentException if a sentence contains a line break (it would shift the
   *     alignment of every later line); nothing is written then
   */
  public static void write(Path sourceFile, Path targetFile, Iterable<SentencePair> pairs) throws IOException {
    AtomicFiles.writeText(
        sourceFile,
        sourceOut ->
            AtomicFiles.writeText(
                targetFile,
                targetOut -> {
                  long number = 0;
                  for (SentencePair pair : pairs) {
                    number++;
                    sourceOut.append(requireSingleLine(pair.source(), number)).append(LF);
                    targetOut.append(requireSingleLine(pair.target(), number)).append(LF);
                  }
                }));
  }

  private static String requireSingleLine(String sentence, long pairNumber) {
    if (sentence.indexOf('\n') >= 0 || sentence.indexOf('\r') >= 0) {
      throw new IllegalArgumentException("pair " + pairNumber + " contains a line break; expected one sentence per line");
    }
    return sentence;
  }
}
