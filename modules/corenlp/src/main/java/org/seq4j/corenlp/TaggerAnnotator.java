package org.seq4j.corenlp;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.util.CoreMap;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import org.seq4j.nn.backend.NativeBackend;
import org.seq4j.tagger.Tagger;

/**
 * The shared part of seq4j's CoreNLP annotators: loads a seq4j tagger model named by the property
 * {@code <name>.model}, tags every sentence of a document in one {@link Tagger#tagAll} call (which
 * batches them by length), and lets the subclass write the tags onto the tokens.
 *
 * <p>CoreNLP creates custom annotators reflectively through a public {@code (String name,
 * Properties props)} constructor, where {@code name} is the annotator's name in the {@code
 * annotators} list ({@code customAnnotatorClass.<name> = <class>}), so several seq4j annotators
 * with different models can share one pipeline. The tokens' {@link CoreLabel#word()} is what the
 * model sees. A document without sentence annotations is tagged as one sentence.
 *
 * <p>Thread-safe: the tagger is, and annotation keeps no state, so CoreNLP's {@code threads}
 * option may run documents in parallel.
 */
abstract class TaggerAnnotator implements Annotator {

  /** Property suffix naming the model file: {@code <name>.model}. */
  static final String MODEL_PROPERTY = "model";

  private final Tagger tagger;

  TaggerAnnotator(String name, Properties props) {
    Objects.requireNonNull(name, "name");
    String key = name + "." + MODEL_PROPERTY;
    String model = props.getProperty(key);
    if (model == null || model.isBlank()) {
      throw new IllegalArgumentException("property " + key + " is not set: expected the path of a seq4j tagger"
          + " model file (model.zip)");
    }
    NativeBackend.configureFromEnvironment();
    this.tagger = Tagger.load(Path.of(model.strip()));
  }

  TaggerAnnotator(Tagger tagger) {
    this.tagger = Objects.requireNonNull(tagger, "tagger");
  }

  Tagger tagger() {
    return tagger;
  }

  /** Writes one sentence's tags onto its tokens (same length). */
  abstract void apply(List<CoreLabel> tokens, List<String> tags);

  @Override
  public void annotate(Annotation annotation) {
    List<List<CoreLabel>> sentences = new ArrayList<>();
    List<CoreMap> sentenceMaps = annotation.get(CoreAnnotations.SentencesAnnotation.class);
    if (sentenceMaps != null) {
      for (CoreMap sentence : sentenceMaps) {
        sentences.add(sentence.get(CoreAnnotations.TokensAnnotation.class));
      }
    } else if (annotation.get(CoreAnnotations.TokensAnnotation.class) != null) {
      sentences.add(annotation.get(CoreAnnotations.TokensAnnotation.class));
    }
    List<List<String>> words = new ArrayList<>(sentences.size());
    for (List<CoreLabel> tokens : sentences) {
      words.add(tokens == null ? List.of() : tokens.stream().map(CoreLabel::word).toList());
    }
    List<List<String>> tags = tagger.tagAll(words);
    for (int s = 0; s < sentences.size(); s++) {
      if (sentences.get(s) != null) {
        apply(sentences.get(s), tags.get(s));
      }
    }
  }

  @Override
  public Set<Class<? extends CoreAnnotation>> requires() {
    return Set.of(CoreAnnotations.TextAnnotation.class, CoreAnnotations.TokensAnnotation.class,
        CoreAnnotations.SentencesAnnotation.class);
  }
}
