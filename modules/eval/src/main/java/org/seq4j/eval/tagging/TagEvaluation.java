package org.seq4j.eval.tagging;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.seq4j.eval.EvalInputException;

/**
 * The result of evaluating a predicted tag file against a gold one: token accuracy (with the
 * known/unknown split), the tag confusion matrix with per-tag scores, and, for chunk tags, the
 * conlleval report (entity precision/recall/F1 per type and micro-averaged).
 *
 * <p>Entity scores are computed when the files are chunk-tagged ({@link TaggedCorpus} says how
 * that is decided) or in raw conlleval mode; POS tags get accuracy and per-tag scores only.
 *
 * @param sentences number of sentences
 * @param scheme the scheme used for entity scores (empty for raw conlleval counting or non-chunk
 *     tags)
 * @param strict whether chunks were read strictly
 * @param accuracy token accuracy
 * @param confusion gold × predicted tag counts
 * @param conlleval the conlleval report; empty when the tags are not chunk tags
 */
public record TagEvaluation(
    int sentences,
    Optional<TagScheme> scheme,
    boolean strict,
    TokenAccuracy accuracy,
    TagConfusionMatrix confusion,
    Optional<ConllevalReport> conlleval) {

  /**
   * Reads and scores {@code predicted} against {@code gold}. Never modifies the files.
   *
   * @param trainVocabulary words seen in training, for the known/unknown split (may be empty)
   * @throws EvalInputException for unreadable or malformed files, misaligned sentences and tags
   *     that are not valid in the scheme
   */
  public static TagEvaluation evaluate(
      Path gold, Path predicted, TagEvaluationOptions options, Set<String> trainVocabulary) {
    TaggedCorpus corpus = TaggedCorpus.load(gold, predicted, options);
    return of(corpus.sentences(), corpus.scheme(), options.strict(), options.conllevalRaw(),
        trainVocabulary);
  }

  /**
   * Scores already paired sentences.
   *
   * @param scheme chunk scheme for entity scores; empty for no entity scores unless {@code
   *     conllevalRaw}
   */
  public static TagEvaluation of(
      List<TaggedSentence> sentences,
      Optional<TagScheme> scheme,
      boolean strict,
      boolean conllevalRaw,
      Set<String> trainVocabulary) {
    TokenAccuracy accuracy = TokenAccuracy.of(sentences, trainVocabulary);
    Optional<ConllevalReport> report;
    if (conllevalRaw) {
      report = Optional.of(ConllevalRawCounter.count(sentences));
    } else {
      report = scheme.map(s -> new ConllevalReport(accuracy.total(), accuracy.correct(),
          new EntityScorer(ChunkDecoder.of(s, strict)).score(sentences)));
    }
    return new TagEvaluation(sentences.size(), scheme, strict, accuracy,
        TagConfusionMatrix.of(sentences), report);
  }
}
