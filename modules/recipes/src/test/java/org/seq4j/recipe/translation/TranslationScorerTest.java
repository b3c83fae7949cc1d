package org.seq4j.recipe.translation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.seq4j.eval.report.LengthBucket;
import org.seq4j.eval.report.LengthBuckets;

/**
 * The report's BLEU is sacreBLEU 13a lowercased, {@code bleu_cased} the cased one. Reference values:
 * ../shared/eval-vectors/bleu.json, case {@code case_lowercase}, produced by sacreBLEU 2.6.0
 * ({@code sacrebleu -tok 13a [-lc]}, {@code sacrebleu -m chrf}).
 */
class TranslationScorerTest {
  private static final List<String> HYPOTHESES = List.of("THE Cat SAT on the MAT.", "ΟΔΟΣ STRASSE İSTANBUL");
  private static final List<String> REFERENCES = List.of("The cat sat on the mat.", "οδος straße i̇stanbul");
  private static final double SACREBLEU_LC = 86.60254037844388;
  private static final double SACREBLEU_CASED = 11.821770112539697;
  private static final double SACREBLEU_CHRF = 9.600139411040411;

  private static SplitScores score(TranslationScorer scorer, List<String> hyps, List<String> refs, List<Integer> lengths) {
    return scorer.score("test", refs, lengths, refs, hyps);
  }

  @Test
  void bleuIsLowercasedAndBleuCasedIsNot() {
    SplitScores s = score(new TranslationScorer(true, true, false), HYPOTHESES, REFERENCES, List.of(6, 3));
    assertEquals(SACREBLEU_LC, s.metrics().get(TranslationScorer.BLEU), 1e-12);
    assertEquals(SACREBLEU_CASED, s.metrics().get(TranslationScorer.BLEU_CASED), 1e-12);
    assertEquals(SACREBLEU_CHRF, s.metrics().get(TranslationScorer.CHRF), 1e-12);
    assertEquals("nrefs:1|case:lc|eff:no|tok:13a|smooth:exp|version:2.6.0", s.signatures().get(TranslationScorer.BLEU));
    assertEquals("nrefs:1|case:mixed|eff:no|tok:13a|smooth:exp|version:2.6.0",
        s.signatures().get(TranslationScorer.BLEU_CASED));
    assertEquals("nrefs:1|case:mixed|eff:yes|nc:6|nw:0|space:no|version:2.6.0",
        s.signatures().get(TranslationScorer.CHRF));
    assertFalse(s.metrics().containsKey(TranslationScorer.EXACT_MATCH));
  }

  @Test
  void metricsFollowTheRecipeAndExactMatchIsForToyTasks() {
    List<String> refs = List.of("1 2 3", "4 5", "6");
    List<String> hyps = List.of("1 2 3", "5 4", " 6 ");
    SplitScores s = score(new TranslationScorer(false, false, true), hyps, refs, List.of(3, 2, 1));
    assertEquals(List.of(TranslationScorer.EXACT_MATCH), List.copyOf(s.metrics().keySet()));
    assertEquals(200.0 / 3, s.metrics().get(TranslationScorer.EXACT_MATCH), 1e-9);
    assertTrue(s.signatures().isEmpty());
  }

  @Test
  void sentencesCarryScoresAndLengthBuckets() {
    List<String> refs = List.of("a b c", "d e", "f g h");
    List<String> hyps = List.of("a b c", "x y", "f g h");
    SplitScores s = score(new TranslationScorer(true, true, true), hyps, refs, List.of(3, 25, 12));
    assertEquals(3, s.sentences().rows().size());
    assertEquals("1", s.sentences().rows().get(0).id());
    assertEquals(100.0, s.sentences().rows().get(0).score(), 1e-9);
    assertEquals(0.0, s.sentences().rows().get(1).score(), 1e-9);
    assertEquals("21-30", s.sentences().rows().get(1).extra().get(TranslationScorer.LENGTH_BUCKET_COLUMN));
    LengthBuckets bleu = s.lengthBuckets().get(0);
    assertEquals(TranslationScorer.BLEU, bleu.metric());
    assertEquals(List.of("1-10", "11-20", "21-30"), bleu.buckets().stream().map(LengthBucket::label).toList());
    assertEquals(List.of(1L, 1L, 1L), bleu.buckets().stream().map(LengthBucket::count).toList());
    assertEquals(TranslationScorer.EXACT_MATCH, s.lengthBuckets().get(1).metric());
    assertEquals(0.0, s.lengthBuckets().get(1).buckets().get(2).score(), 1e-9);
  }

  @Test
  void emptyBucketsInsideTheRangeHaveNoScoreAndLongSourcesShareTheLastBucket() {
    SplitScores s = score(new TranslationScorer(true, false, false), List.of("a", "b"), List.of("a", "b"),
        List.of(5, 70));
    List<LengthBucket> buckets = s.lengthBuckets().get(0).buckets();
    assertEquals(SourceLengthBuckets.COUNT, buckets.size());
    assertEquals("41+", buckets.get(SourceLengthBuckets.COUNT - 1).label());
    assertEquals(0, buckets.get(1).count());
    assertNull(buckets.get(1).score());
  }
}
