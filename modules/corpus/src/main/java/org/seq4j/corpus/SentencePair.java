package org.seq4j.corpus;

import java.util.Objects;

/**
 * One aligned source/target pair of a parallel corpus, as text. Immutable.
 *
 * @param source the source-side sentence
 * @param target the target-side sentence
 */
public record SentencePair(String source, String target) {
  public SentencePair {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(target, "target");
  }
}
