package org.seq4j.corenlp;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.seq4j.corpus.tags.Span;
import org.seq4j.corpus.tags.TagScheme;
import org.seq4j.tagger.Tagger;

/**
 * A CoreNLP annotator that sets every token's {@link CoreAnnotations.NamedEntityTagAnnotation}
 * (what {@link CoreLabel#ner()} returns) from a seq4j NER tagger, the way CoreNLP's own {@code ner}
 * does: the entity type ({@code PER}, not {@code B-PER}) on each token of an entity, {@value
 * #OUTSIDE} elsewhere. The model's IOB2 or BIOES tags are read into entity spans with {@link
 * TagScheme#spans} (conlleval's lenient rules, so a softmax model's stray {@code I-} still starts an
 * entity); the scheme is BIOES if any tag has an {@code E-} or {@code S-} prefix, else IOB2.
 *
 * <pre>
 * annotators = tokenize,ssplit,seq4jner
 * customAnnotatorClass.seq4jner = org.seq4j.corenlp.Seq4jNerAnnotator
 * seq4jner.model = /path/to/model.zip
 * </pre>
 */
public final class Seq4jNerAnnotator extends TaggerAnnotator {

  /** The tag of tokens outside every entity, as CoreNLP writes it. */
  public static final String OUTSIDE = "O";

  private final TagScheme scheme;

  /** The constructor CoreNLP calls; reads {@code <name>.model}. */
  public Seq4jNerAnnotator(String name, Properties props) {
    super(name, props);
    this.scheme = TagScheme.ofTagSet(tagger().tags());
  }

  /** An annotator over an already loaded tagger (for code that builds pipelines itself). */
  public Seq4jNerAnnotator(Tagger tagger) {
    super(tagger);
    this.scheme = TagScheme.ofTagSet(tagger.tags());
  }

  /** The scheme the model's tags are read in. */
  public TagScheme scheme() {
    return scheme;
  }

  @Override
  void apply(List<CoreLabel> tokens, List<String> tags) {
    String[] types = Collections.nCopies(tokens.size(), OUTSIDE).toArray(String[]::new);
    for (Span span : scheme.spans(tags)) {
      for (int i = span.start(); i < span.end(); i++) {
        types[i] = span.type();
      }
    }
    for (int i = 0; i < tokens.size(); i++) {
      tokens.get(i).setNER(types[i]);
    }
  }

  @Override
  public Set<Class<? extends CoreAnnotation>> requirementsSatisfied() {
    return Set.of(CoreAnnotations.NamedEntityTagAnnotation.class);
  }
}
