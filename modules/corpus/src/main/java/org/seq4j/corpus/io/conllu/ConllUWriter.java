package org.seq4j.corpus.io.conllu;

import java.io.IOException;
import java.nio.file.Path;
import org.seq4j.corpus.AtomicFiles;

/**
 * Writes CoNLL-U: comments, rows, then one blank line per sentence, LF line ends. Writing what
 * {@link ConllUReader} read gives back the original bytes for well-formed files.
 */
public final class ConllUWriter {
  private static final char LF = '\n';

  private ConllUWriter() {}

  /** Writes all sentences to {@code file} atomically (temp file + rename), streaming. */
  public static void write(Path file, Iterable<ConllUSentence> sentences) throws IOException {
    AtomicFiles.writeText(
        file,
        out -> {
          for (ConllUSentence sentence : sentences) {
            append(out, sentence);
          }
        });
  }

  /** Appends one sentence, its terminating blank line included (e.g. to standard output). */
  public static void append(Appendable out, ConllUSentence sentence) throws IOException {
    for (String comment : sentence.comments()) {
      out.append(comment).append(LF);
    }
    for (ConllURow row : sentence.rows()) {
      out.append(row.toLine()).append(LF);
    }
    out.append(LF);
  }
}
