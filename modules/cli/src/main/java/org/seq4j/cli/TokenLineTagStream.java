package org.seq4j.cli;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.seq4j.corpus.io.Utf8LineReader;

/**
 * Plain tokenized text: one sentence per line, tokens separated by whitespace. Each input line
 * gives exactly one output line of {@code token_TAG} items separated by single spaces (the Stanford
 * POS tagger's format; split an item at its last {@value #SEPARATOR} to get token and tag back).
 * An empty or blank line gives an empty line.
 */
final class TokenLineTagStream implements TaggableStream<List<String>> {

  /** Joins a token and its tag. */
  static final char SEPARATOR = '_';
  private static final String WHITESPACE = "\\s+";
  private static final char SPACE = ' ';
  private static final char LF = '\n';

  private final Utf8LineReader lines;

  TokenLineTagStream(Utf8LineReader lines) {
    this.lines = lines;
  }

  @Override
  public List<String> read() throws IOException {
    String line = lines.readLine();
    if (line == null) {
      return null;
    }
    String stripped = line.strip();
    return stripped.isEmpty() ? List.of() : Arrays.asList(stripped.split(WHITESPACE));
  }

  @Override
  public List<String> words(List<String> sentence) {
    return sentence;
  }

  @Override
  public void write(List<String> sentence, List<String> tags, Appendable out) throws IOException {
    for (int i = 0; i < sentence.size(); i++) {
      if (i > 0) {
        out.append(SPACE);
      }
      out.append(sentence.get(i)).append(SEPARATOR).append(tags.get(i));
    }
    out.append(LF);
  }

  @Override
  public void close() throws IOException {
    lines.close();
  }
}
