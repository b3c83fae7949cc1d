package org.seq4j.corpus.io.conll;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Counts over a CoNLL column file. Immutable.
 *
 * @param sentences sentences with at least one token
 * @param tokens token lines
 * @param documents document-start lines
 */
public record ConllStatistics(long sentences, long tokens, long documents) {

  public static final ConllStatistics EMPTY = new ConllStatistics(0, 0, 0);

  public static ConllStatistics of(ConllSentence sentence) {
    return new ConllStatistics(
        sentence.tokens().isEmpty() ? 0 : 1, sentence.size(), sentence.startsDocument() ? 1 : 0);
  }

  /** Streams a file and counts it. */
  public static ConllStatistics of(Path file, ConllColumnFormat format) throws IOException {
    ConllStatistics total = EMPTY;
    try (ConllReader reader = ConllReader.open(file, format)) {
      for (ConllSentence s = reader.read(); s != null; s = reader.read()) {
        total = total.plus(of(s));
      }
    }
    return total;
  }

  public ConllStatistics plus(ConllStatistics other) {
    return new ConllStatistics(sentences + other.sentences, tokens + other.tokens, documents + other.documents);
  }
}
