package org.seq4j.eval.bleu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.seq4j.eval.chrf.Chrf;
import org.seq4j.eval.chrf.ChrfOptions;
import org.seq4j.eval.text.Signature;
import org.seq4j.eval.text.TextSegment;
import org.seq4j.eval.text.Tokenization;

/** The Metric view, determinism of the parallel corpus path, and the documented API errors. */
class BleuApiTest {

  private static List<TextSegment> corpus(int size) {
    List<TextSegment> segments = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      String ref = "the cat number " + i + " sat on the mat , didn't it ?";
      String hyp = i % 3 == 0 ? ref : "a cat number " + (i / 2) + " sat on a mat.";
      segments.add(TextSegment.of(hyp, ref, i % 2 == 0 ? "" : "another cat sat"));
    }
    return segments;
  }

  @Test
  void metricViewSumsSegmentStatisticsToTheCorpusScore() {
    List<TextSegment> segments = corpus(2500);
    for (var metric : List.of(new Bleu(BleuOptions.defaults()), new Bleu(BleuOptions.defaults().withTokenization(Tokenization.CHAR)))) {
      double[] sum = new double[10];
      for (TextSegment s : segments) {
        double[] stats = metric.statistics(s);
        for (int i = 0; i < sum.length; i++) {
          sum[i] += stats[i];
        }
      }
      assertEquals(metric.evaluateCorpus(segments).score(), metric.score(sum), 0.0);
      assertEquals(metric.corpusScore(segments), metric.score(sum), 0.0);
    }
    Chrf chrf = new Chrf(ChrfOptions.chrfPlusPlus());
    double[] sum = new double[3 * 8];
    for (TextSegment s : segments) {
      double[] stats = chrf.statistics(s);
      for (int i = 0; i < sum.length; i++) {
        sum[i] += stats[i];
      }
    }
    assertEquals(chrf.corpusScore(segments), chrf.score(sum), 0.0);
  }

  @Test
  void corpusScoreDoesNotDependOnSegmentOrder() {
    List<TextSegment> segments = corpus(4500);
    List<TextSegment> reversed = new ArrayList<>(segments);
    java.util.Collections.reverse(reversed);
    Bleu bleu = new Bleu(BleuOptions.defaults());
    assertEquals(bleu.evaluateCorpus(segments), bleu.evaluateCorpus(reversed));
  }

  @Test
  void inputsAreNotModified() {
    List<String> refs = new ArrayList<>(List.of("The Cat sat."));
    TextSegment segment = new TextSegment("The cat sat.", refs);
    new Bleu(BleuOptions.defaults().withLowercase(true)).evaluateSentence(segment);
    assertEquals(List.of("The Cat sat."), segment.references());
    refs.set(0, "changed");
    assertEquals("The Cat sat.", segment.references().get(0));
  }

  @Test
  void nullReferencesAreAbsentAndMakeTheSignatureVariable() {
    List<TextSegment> segments =
        List.of(
            new TextSegment("a b c", Arrays.asList(null, "a b c")),
            new TextSegment("d e f", Arrays.asList("d e f", "d e")));
    assertEquals(Signature.VARIABLE_REFERENCES, TextSegment.referenceCount(segments));
    assertTrue(new Bleu(BleuOptions.defaults()).signature(-1).format().startsWith("nrefs:var|"));
  }

  @Test
  void documentedApiErrors() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new TextSegment("x", Arrays.asList((String) null)));
    assertThrows(
        IllegalArgumentException.class,
        () -> TextSegment.zip(List.of("a", "b"), List.of(List.of("a"))));
    assertThrows(IllegalArgumentException.class, () -> TextSegment.zip(List.of("a"), List.of()));
    IllegalArgumentException tok =
        assertThrows(IllegalArgumentException.class, () -> Tokenization.fromName("moses"));
    assertEquals("Invalid tokenization 'moses': expected 13a|intl|none|char", tok.getMessage());
    assertThrows(IllegalArgumentException.class, () -> SmoothMethod.fromName("add-one"));
    assertThrows(
        IllegalArgumentException.class,
        () -> BleuOptions.defaults().withSmoothing(SmoothMethod.EXP, 0.5));
    assertThrows(
        IllegalArgumentException.class,
        () -> BleuOptions.defaults().withSmoothing(SmoothMethod.FLOOR, -1.0));
    assertThrows(IllegalArgumentException.class, () -> BleuStatistics.fromArray(new double[3]));
    assertThrows(IllegalArgumentException.class, () -> new ChrfOptions(0, 0, 2, false, false, false));
  }
}
