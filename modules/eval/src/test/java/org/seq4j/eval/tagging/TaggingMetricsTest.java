package org.seq4j.eval.tagging;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TaggingMetricsTest {

  private static List<String> tags(String s) {
    return Arrays.asList(s.split(" "));
  }

  private static final List<TaggedSentence> CORPUS = List.of(
      new TaggedSentence(tags("a b c d"), tags("B-PER I-PER O B-LOC"), tags("B-PER I-PER O O")),
      new TaggedSentence(tags("e f"), tags("B-ORG O"), tags("B-ORG B-LOC")),
      new TaggedSentence(tags("g"), tags("O"), tags("O")));

  @Test
  void entityMetricsEqualTheConllevalReport() {
    ConllevalReport report = TagEvaluation.of(CORPUS, Optional.of(TagScheme.IOB2), false, false, Set.of())
        .conlleval().orElseThrow();
    ChunkDecoder decoder = ChunkDecoder.of(TagScheme.IOB2, false);
    assertEquals(report.entities().f1(), EntityMetric.f1(decoder).corpusScore(CORPUS));
    assertEquals(report.entities().precision(),
        new EntityMetric(decoder, EntityMetric.Score.PRECISION).corpusScore(CORPUS));
    assertEquals(report.entities().recall(),
        new EntityMetric(decoder, EntityMetric.Score.RECALL).corpusScore(CORPUS));
    assertEquals(report.accuracy(), new TokenAccuracyMetric().corpusScore(CORPUS));
    assertArrayEquals(new double[] {2, 1, 1},
        EntityMetric.f1(decoder).statistics(CORPUS.get(0)));
    assertEquals("f1", EntityMetric.f1(decoder).name());
  }

  @Test
  void accuracyCountsWholeTagStrings() {
    TaggedSentence s = new TaggedSentence(tags("a b"), tags("B-PER I-PER"), tags("I-PER I-PER"));
    assertArrayEquals(new double[] {1, 2}, new TokenAccuracyMetric().statistics(s));
    assertEquals(50.0, new TokenAccuracyMetric().corpusScore(List.of(s)));
    assertEquals(0.0, new TokenAccuracyMetric().score(new double[] {0, 0}));
  }

  @Test
  void exactMatchIsThePercentageOfIdenticalSequences() {
    ExactMatchMetric metric = new ExactMatchMetric();
    List<SequencePair> pairs = List.of(
        new SequencePair(tags("1 2 3"), tags("1 2 3")),
        new SequencePair(tags("1 2 3"), tags("1 2")),
        new SequencePair(tags("3 2 1"), tags("3 1 2")),
        new SequencePair(List.of(), List.of()));
    assertEquals(50.0, metric.corpusScore(pairs));
    assertEquals(0.0, metric.corpusScore(List.of()));
  }

  @Test
  void knownAndUnknownAccuracySplitOnTheTrainVocabulary() {
    TokenAccuracy accuracy = TokenAccuracy.of(CORPUS, Set.of("a", "b", "e"));
    assertEquals(5, accuracy.correct());
    assertEquals(7, accuracy.total());
    assertEquals(3, accuracy.knownTotal());
    assertEquals(3, accuracy.knownCorrect());
    assertEquals(100.0, accuracy.knownAccuracy());
    assertEquals(50.0, accuracy.unknownAccuracy());
  }

  @Test
  void confusionMatrixIsSortedAndConsistent() {
    TagConfusionMatrix matrix = TagConfusionMatrix.of(CORPUS);
    assertEquals(List.of("B-LOC", "B-ORG", "B-PER", "I-PER", "O"), matrix.tags());
    assertEquals(1, matrix.count("B-LOC", "O"));
    assertEquals(1, matrix.count("O", "B-LOC"));
    assertEquals(2, matrix.count("O", "O"));
    long total = matrix.counts().stream().flatMap(List::stream).mapToLong(Long::longValue).sum();
    assertEquals(7, total);
    assertEquals(new MatchCounts(3, 3, 2), matrix.perTagCounts().get("O"));
  }
}
