package org.seq4j.recipe.tagging;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.seq4j.eval.report.SentenceScore;
import org.seq4j.eval.report.SentenceScores;
import org.seq4j.eval.tagging.TagEvaluation;
import org.seq4j.eval.tagging.TagScheme;
import org.seq4j.eval.tagging.TaggedSentence;
import org.seq4j.recipe.section.Split;

/**
 * The scores of one evaluated split: the eval module's {@link TagEvaluation} (token accuracy with
 * the known/unknown split, per-tag counts and confusion matrix, and for chunk tags the conlleval
 * report) and every sentence's tag accuracy for the report's samples.
 *
 * <p>Entity scores are conlleval's (lenient chunk reading in the declared scheme). They are
 * computed when the recipe declares a chunk scheme for the file and the gold and predicted tags
 * together are chunk tags with at least one entity tag, so CoNLL column files with POS tags get
 * accuracy only, and a split without any entity still gets its (zero) F1.
 *
 * @param split the split
 * @param evaluation the split's scores (sentences without tokens are left out: they have nothing
 *     to score)
 * @param sentences each non-empty sentence with its tag accuracy in percent
 */
public record TaggingScores(Split split, TagEvaluation evaluation, SentenceScores sentences) {

  /** The outside tag of chunk schemes. */
  public static final String OUTSIDE = "O";
  /** The sentence-level score's name. */
  public static final String SENTENCE_METRIC = "accuracy";
  private static final String SEPARATOR = " ";
  private static final double PERCENT = 100.0;
  private static final boolean LENIENT = false;
  private static final boolean NOT_RAW = false;

  /**
   * Scores {@code predicted} (in the file's scheme, one list per sentence of {@code gold}).
   *
   * @param knownWords words of the evaluated split that the model saw in training (as written in
   *     the split), for the known/unknown accuracy split
   */
  public static TaggingScores of(GoldSplit gold, List<List<String>> predicted, Set<String> knownWords) {
    if (predicted.size() != gold.size()) {
      throw new IllegalArgumentException("expected " + gold.size() + " predicted sentences, got " + predicted.size());
    }
    List<TaggedSentence> pairs = new ArrayList<>(gold.size());
    List<SentenceScore> rows = new ArrayList<>();
    Set<String> tagSet = new HashSet<>();
    for (int i = 0; i < gold.size(); i++) {
      List<String> words = gold.words().get(i);
      if (words.isEmpty()) {
        continue;
      }
      TaggedSentence pair = new TaggedSentence(words, gold.gold().get(i), predicted.get(i));
      pairs.add(pair);
      tagSet.addAll(pair.gold());
      tagSet.addAll(pair.predicted());
      rows.add(new SentenceScore(gold.ids().get(i), String.join(SEPARATOR, words),
          String.join(SEPARATOR, pair.gold()), String.join(SEPARATOR, pair.predicted()), accuracy(pair)));
    }
    Optional<TagScheme> scheme = gold.declaredScheme().isPresent() && isChunkTagSet(tagSet)
        ? Optional.of(TagScheme.valueOf(gold.declaredScheme().get().name())) : Optional.empty();
    TagEvaluation evaluation = TagEvaluation.of(pairs, scheme, LENIENT, NOT_RAW, knownWords);
    return new TaggingScores(gold.split(), evaluation, new SentenceScores(SENTENCE_METRIC, gold.split().id(), rows));
  }

  /** Chunk (NER) tags: every tag is O or a B/I/E/S prefix with a type, and some tag is not O. */
  static boolean isChunkTagSet(Set<String> tags) {
    return TagScheme.detect(tags).isPresent() && !tags.stream().allMatch(OUTSIDE::equals);
  }

  private static double accuracy(TaggedSentence pair) {
    int correct = 0;
    for (int i = 0; i < pair.size(); i++) {
      correct += pair.gold().get(i).equals(pair.predicted().get(i)) ? 1 : 0;
    }
    return PERCENT * correct / pair.size();
  }
}
