package org.seq4j.tagger.train;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.seq4j.corpus.TaggedSentence;
import org.seq4j.eval.tagging.ConllevalReport;
import org.seq4j.eval.tagging.TagEvaluation;
import org.seq4j.eval.tagging.TagScheme;
import org.seq4j.tagger.Tagger;

/**
 * Scores a tagger on gold sentences with seq4j-eval, so dev numbers during training are the numbers
 * {@code seq4j eval tags} (and conlleval) report: token {@code accuracy} always, and for chunk tags
 * entity {@code f1}, {@code precision} and {@code recall} (lenient conlleval chunk reading). All in
 * percent. Stateless; never modifies its inputs.
 */
public final class DevScorer {

  public static final String ACCURACY = "accuracy";
  public static final String F1 = "f1";
  public static final String PRECISION = "precision";
  public static final String RECALL = "recall";

  private static final boolean LENIENT = false;
  private static final boolean BY_SCHEME = false;

  private final Optional<TagScheme> scheme;

  /** @param tagSet the model's tags: entity scores are computed when they are chunk tags */
  public DevScorer(List<String> tagSet) {
    Optional<TagScheme> detected = TagScheme.detect(tagSet);
    boolean onlyOutside = tagSet.stream().allMatch("O"::equals);
    this.scheme = onlyOutside ? Optional.empty() : detected;
  }

  /** Whether entity scores ({@link #F1}) are computed. */
  public boolean scoresEntities() {
    return scheme.isPresent();
  }

  /** Tags the sentences with {@code tagger} (in one {@code tagAll}) and scores them. */
  public Map<String, Double> score(Tagger tagger, List<TaggedSentence> gold) {
    List<List<String>> words = new ArrayList<>(gold.size());
    for (TaggedSentence sentence : gold) {
      words.add(sentence.words());
    }
    List<List<String>> predicted = tagger.tagAll(words);
    List<org.seq4j.eval.tagging.TaggedSentence> pairs = new ArrayList<>(gold.size());
    for (int i = 0; i < gold.size(); i++) {
      pairs.add(new org.seq4j.eval.tagging.TaggedSentence(gold.get(i).words(), gold.get(i).tags(), predicted.get(i)));
    }
    TagEvaluation evaluation = TagEvaluation.of(pairs, scheme, LENIENT, BY_SCHEME, Set.of());
    Map<String, Double> metrics = new LinkedHashMap<>();
    metrics.put(ACCURACY, evaluation.accuracy().accuracy());
    if (evaluation.conlleval().isPresent()) {
      ConllevalReport report = evaluation.conlleval().get();
      metrics.put(F1, report.entities().f1());
      metrics.put(PRECISION, report.entities().precision());
      metrics.put(RECALL, report.entities().recall());
    }
    return metrics;
  }
}
