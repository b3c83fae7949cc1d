package org.seq4j.corenlp;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.seq4j.tagger.Tagger;

/**
 * A CoreNLP annotator that sets every token's {@link CoreAnnotations.PartOfSpeechAnnotation} (what
 * {@link CoreLabel#tag()} returns) with a seq4j POS tagger, in place of CoreNLP's {@code pos}.
 * Whatever tag set the model was trained on (UPOS, PTB XPOS) is what the tokens get.
 *
 * <pre>
 * annotators = tokenize,ssplit,seq4jpos
 * customAnnotatorClass.seq4jpos = org.seq4j.corenlp.Seq4jPosAnnotator
 * seq4jpos.model = /path/to/model.zip
 * </pre>
 */
public final class Seq4jPosAnnotator extends TaggerAnnotator {

  /** The constructor CoreNLP calls; reads {@code <name>.model}. */
  public Seq4jPosAnnotator(String name, Properties props) {
    super(name, props);
  }

  /** An annotator over an already loaded tagger (for code that builds pipelines itself). */
  public Seq4jPosAnnotator(Tagger tagger) {
    super(tagger);
  }

  @Override
  void apply(List<CoreLabel> tokens, List<String> tags) {
    for (int i = 0; i < tokens.size(); i++) {
      tokens.get(i).setTag(tags.get(i));
    }
  }

  @Override
  public Set<Class<? extends CoreAnnotation>> requirementsSatisfied() {
    return Set.of(CoreAnnotations.PartOfSpeechAnnotation.class);
  }
}
