package org.seq4j.corpus.io.conllu;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Counts over a CoNLL-U corpus, defined as in the UD statistics. Immutable.
 *
 * @param sentences number of sentences
 * @param words syntactic words (integer-ID lines)
 * @param surfaceTokens words not covered by a range, plus the ranges themselves
 * @param multiwordTokens range lines such as {@code 3-4}
 * @param emptyNodes empty-node lines such as {@code 8.1}
 */
public record ConllUStatistics(
    long sentences, long words, long surfaceTokens, long multiwordTokens, long emptyNodes) {

  public static final ConllUStatistics EMPTY = new ConllUStatistics(0, 0, 0, 0, 0);

  /** Counts one sentence. */
  public static ConllUStatistics of(ConllUSentence sentence) {
    long words = 0;
    long covered = 0;
    long ranges = 0;
    long empty = 0;
    for (ConllURow row : sentence.rows()) {
      switch (row.id().kind()) {
        case WORD -> words++;
        case RANGE -> {
          ranges++;
          covered += row.id().rangeLength();
        }
        case EMPTY_NODE -> empty++;
      }
    }
    return new ConllUStatistics(1, words, words - covered + ranges, ranges, empty);
  }

  /** Streams a file and counts it. */
  public static ConllUStatistics of(Path file) throws IOException {
    ConllUStatistics total = EMPTY;
    try (ConllUReader reader = ConllUReader.open(file)) {
      for (ConllUSentence s = reader.read(); s != null; s = reader.read()) {
        total = total.plus(of(s));
      }
    }
    return total;
  }

  /** The sum of two counts. */
  public ConllUStatistics plus(ConllUStatistics other) {
    return new ConllUStatistics(
        sentences + other.sentences,
        words + other.words,
        surfaceTokens + other.surfaceTokens,
        multiwordTokens + other.multiwordTokens,
        emptyNodes + other.emptyNodes);
  }
}
