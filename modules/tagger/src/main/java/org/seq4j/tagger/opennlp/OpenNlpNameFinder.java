package org.seq4j.tagger.opennlp;

import java.util.List;
import java.util.Objects;
import opennlp.tools.namefind.TokenNameFinder;
import opennlp.tools.util.Span;
import org.seq4j.corpus.tags.TagScheme;
import org.seq4j.tagger.Tagger;

/**
 * Lets a seq4j NER {@link Tagger} stand in for OpenNLP's {@link TokenNameFinder}: tags the tokens,
 * then reads the entity spans from the tags with {@link TagScheme#spans}, so a span's type is the
 * entity type ({@code PER}, not {@code B-PER}) and its end is exclusive, as in OpenNLP.
 *
 * <p>Design: span reading is lenient (conlleval's rules), so an invalid sequence from a softmax
 * model such as {@code O I-PER} still yields a span rather than an error. The tagger has no
 * sentence-to-sentence memory, so {@link #clearAdaptiveData()} does nothing. Stateless and
 * thread-safe when the tagger is; input arrays are never mutated. Spans carry no probability.
 */
public final class OpenNlpNameFinder implements TokenNameFinder {

  private final Tagger tagger;
  private final TagScheme scheme;

  /**
   * Wraps {@code tagger}, reading its tags in {@code scheme} ({@link TagScheme#IOB2} or {@link
   * TagScheme#BIOES}).
   *
   * @throws IllegalArgumentException for {@link TagScheme#IOB1}, whose B- does not start every
   *     chunk and which NER models here are not trained with
   */
  public OpenNlpNameFinder(Tagger tagger, TagScheme scheme) {
    this.tagger = Objects.requireNonNull(tagger, "tagger");
    this.scheme = Objects.requireNonNull(scheme, "scheme");
    if (scheme == TagScheme.IOB1) {
      throw new IllegalArgumentException("expected an iob2 or bioes tagger, got iob1");
    }
  }

  /**
   * Wraps {@code tagger}, choosing the scheme from its tag set: {@link TagScheme#BIOES} if any tag
   * has an {@code E-} or {@code S-} prefix, otherwise {@link TagScheme#IOB2}.
   */
  public static OpenNlpNameFinder of(Tagger tagger) {
    return new OpenNlpNameFinder(tagger, TagScheme.ofTagSet(tagger.tags()));
  }

  /** The scheme the tags are read in. */
  public TagScheme scheme() {
    return scheme;
  }

  @Override
  public Span[] find(String[] tokens) {
    Objects.requireNonNull(tokens, "tokens");
    List<String> tags = tagger.tag(List.of(tokens));
    return scheme.spans(tags).stream()
        .map(s -> new Span(s.start(), s.end(), s.type()))
        .toArray(Span[]::new);
  }

  /** Does nothing: the tagger keeps no document-level state. */
  @Override
  public void clearAdaptiveData() {
    // no adaptive data
  }
}
