package org.seq4j.eval.significance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.seq4j.eval.tagging.ChunkDecoder;
import org.seq4j.eval.tagging.EntityMetric;
import org.seq4j.eval.tagging.ExactMatchMetric;
import org.seq4j.eval.tagging.SequencePair;
import org.seq4j.eval.tagging.TagScheme;
import org.seq4j.eval.tagging.TaggedSentence;
import org.seq4j.eval.tagging.TokenAccuracyMetric;

class PairedBootstrapTest {

  private static final ExactMatchMetric EXACT = new ExactMatchMetric();

  /** Segments where the hypothesis matches the reference with probability {@code rate}. */
  private static List<SequencePair> system(int size, double rate, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<SequencePair> pairs = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      List<String> reference = List.of("t" + i, "u" + i);
      pairs.add(new SequencePair(reference,
          random.nextDouble() < rate ? reference : List.of("t" + i)));
    }
    return pairs;
  }

  @Test
  void sameSeedGivesTheSameResultAndAnotherSeedDoesNot() {
    List<SequencePair> a = system(300, 0.6, 1);
    List<SequencePair> b = system(300, 0.7, 2);
    PairedBootstrapResult first = new PairedBootstrap(500, 42).compare(EXACT, a, b);
    PairedBootstrapResult second = new PairedBootstrap(500, 42).compare(EXACT, a, b);
    PairedBootstrapResult other = new PairedBootstrap(500, 43).compare(EXACT, a, b);
    assertEquals(first, second);
    assertNotEquals(first.b().mean(), other.b().mean());
    assertEquals(first.scoreA(), other.scoreA());
    assertEquals(EXACT.corpusScore(a), first.scoreA());
    assertEquals(EXACT.corpusScore(b), first.scoreB());
  }

  @Test
  void clearlyBetterSystemIsSignificantAndItsIntervalExcludesZero() {
    List<SequencePair> a = system(400, 0.5, 7);
    List<SequencePair> b = system(400, 0.95, 8);
    PairedBootstrapResult result = new PairedBootstrap(PairedBootstrap.DEFAULT_SAMPLES, 12345).compare(EXACT, a, b);
    assertTrue(result.pValue() < 0.01, "p = " + result.pValue());
    assertTrue(result.difference().lower() > 0, "difference interval " + result.difference());
    assertTrue(result.a().lower() <= result.scoreA() && result.scoreA() <= result.a().upper());
    assertTrue(result.b().lower() <= result.scoreB() && result.scoreB() <= result.b().upper());
    assertEquals(result.scoreB() - result.scoreA(), result.delta());
  }

  @Test
  void equallyGoodSystemsAreNotSignificant() {
    List<SequencePair> a = system(400, 0.7, 11);
    // B flips 40 of A's matches to misses and 40 misses to matches: different segments, same score.
    List<SequencePair> b = new ArrayList<>(a);
    int flippedToMiss = 0;
    int flippedToMatch = 0;
    for (int i = 0; i < a.size(); i++) {
      SequencePair p = a.get(i);
      boolean matched = p.reference().equals(p.hypothesis());
      if (matched && flippedToMiss < 40) {
        b.set(i, new SequencePair(p.reference(), List.of("x")));
        flippedToMiss++;
      } else if (!matched && flippedToMatch < 40) {
        b.set(i, new SequencePair(p.reference(), p.reference()));
        flippedToMatch++;
      }
    }
    PairedBootstrapResult result = new PairedBootstrap(1000, 3).compare(EXACT, a, b);
    assertEquals(result.scoreA(), result.scoreB());
    assertTrue(result.pValue() > 0.05, "p = " + result.pValue());
    assertTrue(result.difference().lower() <= 0 && result.difference().upper() >= 0);
  }

  @Test
  void identicalSystemsHaveZeroDifferences() {
    List<SequencePair> a = system(50, 0.5, 5);
    PairedBootstrapResult result = new PairedBootstrap(200, 9).compare(EXACT, a, a);
    assertEquals(new BootstrapEstimate(0, 0, 0), result.difference());
    assertEquals(result.a(), result.b());
    // No centred resample difference exceeds 0, so p = 1 / (samples + 1) by sacreBLEU's definition.
    assertEquals(1.0 / 201, result.pValue());
  }

  @Test
  void pValueCountsCentredDifferencesAboveTheObservedOne() {
    // |d| = 1, 2, 3, 6: mean 3, centred -2, -1, 0, 3; only 3 exceeds 2.
    assertEquals(2.0 / 5, PairedBootstrap.pValue(new double[] {1, 2, 3, 6}, 2));
    assertEquals(1.0 / 5, PairedBootstrap.pValue(new double[] {1, 2, 3, 6}, 3));
  }

  @Test
  void intervalUsesSacrebleuIndices() {
    double[] values = IntStream.range(0, 1000).mapToDouble(i -> 999 - i).toArray();
    BootstrapEstimate estimate = PairedBootstrap.estimate(values);
    assertEquals(new BootstrapEstimate(499.5, 25, 974), estimate);
    assertEquals(474.5, estimate.halfWidth());
  }

  @Test
  void worksWithTaggingMetricsAndDoesNotModifyInputs() {
    List<TaggedSentence> a = new ArrayList<>();
    List<TaggedSentence> b = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      List<String> tokens = List.of("w", "x", "y");
      List<String> gold = List.of("B-PER", "I-PER", "O");
      a.add(new TaggedSentence(tokens, gold, i % 2 == 0 ? gold : List.of("B-PER", "O", "O")));
      b.add(new TaggedSentence(tokens, gold, gold));
    }
    List<TaggedSentence> copyA = List.copyOf(a);
    EntityMetric f1 = EntityMetric.f1(ChunkDecoder.of(TagScheme.IOB2, false));
    PairedBootstrapResult result = new PairedBootstrap(300, 1).compare(f1, a, b);
    assertEquals("f1", result.metric());
    assertEquals(100.0, result.scoreB());
    assertEquals(f1.corpusScore(a), result.scoreA());
    assertEquals(copyA, a);
    PairedBootstrapResult accuracy = new PairedBootstrap(300, 1).compare(new TokenAccuracyMetric(), a, b);
    assertEquals("accuracy", accuracy.metric());
  }

  @Test
  void rejectsMismatchedOrEmptyInputs() {
    List<SequencePair> a = system(3, 0.5, 1);
    assertThrows(IllegalArgumentException.class,
        () -> new PairedBootstrap(10, 1).compare(EXACT, a, a.subList(0, 2)));
    assertThrows(IllegalArgumentException.class,
        () -> new PairedBootstrap(10, 1).compare(EXACT, List.of(), List.of()));
    assertThrows(IllegalArgumentException.class, () -> new PairedBootstrap(0, 1));
  }
}
