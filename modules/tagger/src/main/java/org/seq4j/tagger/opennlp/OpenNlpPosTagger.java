package org.seq4j.tagger.opennlp;

import java.util.List;
import java.util.Objects;
import opennlp.tools.postag.POSTagger;
import opennlp.tools.util.Sequence;
import org.seq4j.tagger.Tagger;

/**
 * Lets a seq4j {@link Tagger} stand in for OpenNLP's {@link POSTagger} in an OpenNLP pipeline
 * (sentence detector → tokenizer → POS tagger).
 *
 * <p>Design: a thin, stateless adapter. The wrapped tagger is thread-safe, so this class is too.
 * Input arrays are copied into immutable lists and never mutated. OpenNLP's "additional context"
 * argument is accepted for interface compatibility and ignored: the neural tagger reads only the
 * tokens.
 *
 * <p>Scores: the tagger returns one best sequence, not a ranked list with probabilities, so {@link
 * #topKSequences} returns exactly one {@link Sequence} whose per-token "probabilities" are all 1.0
 * (score 0.0). These numbers are placeholders, not probabilities; do not threshold on them.
 */
public final class OpenNlpPosTagger implements POSTagger {

  private final Tagger tagger;

  /** Wraps {@code tagger}; it may use any tag set (UPOS, XPOS, ...). */
  public OpenNlpPosTagger(Tagger tagger) {
    this.tagger = Objects.requireNonNull(tagger, "tagger");
  }

  /** The wrapped tagger. */
  public Tagger tagger() {
    return tagger;
  }

  @Override
  public String[] tag(String[] sentence) {
    return tagList(sentence).toArray(String[]::new);
  }

  /** Same as {@link #tag(String[])}; {@code additionalContext} is ignored. */
  @Override
  public String[] tag(String[] sentence, Object[] additionalContext) {
    return tag(sentence);
  }

  /**
   * The best {@code numTags} tag sequences, OpenNLP style. Only the single best sequence is
   * available, so the result always has one row regardless of {@code numTags} (which must be
   * positive).
   */
  public String[][] tag(int numTags, String[] sentence) {
    if (numTags < 1) {
      throw new IllegalArgumentException("numTags must be positive, got " + numTags);
    }
    return new String[][] {tag(sentence)};
  }

  /** One sequence holding the best tags; its probabilities are placeholders (see class doc). */
  @Override
  public Sequence[] topKSequences(String[] sentence) {
    Sequence best = new Sequence();
    for (String tag : tagList(sentence)) {
      best.add(tag, 1.0);
    }
    return new Sequence[] {best};
  }

  /** Same as {@link #topKSequences(String[])}; {@code additionalContext} is ignored. */
  @Override
  public Sequence[] topKSequences(String[] sentence, Object[] additionalContext) {
    return topKSequences(sentence);
  }

  private List<String> tagList(String[] sentence) {
    Objects.requireNonNull(sentence, "sentence");
    List<String> tags = tagger.tag(List.of(sentence));
    if (tags.size() != sentence.length) {
      throw new IllegalStateException(
          "tagger returned " + tags.size() + " tags for " + sentence.length + " tokens");
    }
    return tags;
  }
}
