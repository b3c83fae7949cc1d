package org.seq4j.corpus.io.conll;

import java.io.IOException;
import java.nio.file.Path;
import org.seq4j.corpus.AtomicFiles;

/**
 * Writes CoNLL column files: for each sentence its document-start line followed by a blank line,
 * its comments, its tokens (columns joined by the format's separator) and its boundary line. What
 * {@link ConllReader} read comes back byte for byte when the input used single separators and a
 * blank line after each document-start line, as CoNLL-2003 and WNUT-17 do. To write predictions
 * next to the original columns, append them first with {@link ConllSentence#withAppendedColumn}.
 */
public final class ConllWriter {
  private static final char LF = '\n';

  private ConllWriter() {}

  /** Writes all sentences to {@code file} atomically (temp file + rename), streaming. */
  public static void write(Path file, Iterable<ConllSentence> sentences, ConllColumnFormat format)
      throws IOException {
    AtomicFiles.writeText(
        file,
        out -> {
          for (ConllSentence sentence : sentences) {
            append(out, sentence, format);
          }
        });
  }

  /** Appends one sentence and its boundary line (e.g. to standard output). */
  public static void append(Appendable out, ConllSentence sentence, ConllColumnFormat format)
      throws IOException {
    String delimiter = format.separator().delimiter();
    if (sentence.documentStart().isPresent()) {
      out.append(sentence.documentStart().get().toLine(delimiter)).append(LF).append(LF);
    }
    for (String comment : sentence.comments()) {
      out.append(comment).append(LF);
    }
    for (ConllToken token : sentence.tokens()) {
      out.append(token.toLine(delimiter)).append(LF);
    }
    if (!sentence.tokens().isEmpty()) {
      out.append(sentence.boundaryLine()).append(LF);
    }
  }
}
