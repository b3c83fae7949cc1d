package org.seq4j.seq2seq.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.seq4j.corpus.vocab.Vocabulary;
import org.seq4j.nn.backend.NativeBackend;
import org.seq4j.nn.bench.BenchOptions;
import org.seq4j.nn.bench.PhaseResult;
import org.seq4j.seq2seq.decode.BeamSearch;
import org.seq4j.seq2seq.decode.GreedySearch;
import org.seq4j.seq2seq.decode.LengthLimit;
import org.seq4j.seq2seq.decode.LengthPenalty;
import org.seq4j.seq2seq.decode.ScoredSequence;

/** Tiny shapes: both phases decode exactly len tokens per sentence, as the peer's loop does. */
class ProductDecodingBenchmarkTest {
  private static final BenchOptions TINY = new BenchOptions(30, 6, 5, 2, 4, 3, 4, 0, 1, 1);

  @BeforeAll
  static void backend() {
    NativeBackend.configureFromEnvironment();
  }

  @Test
  void everyHypothesisHasLenTokensAndNoEndToken() {
    ProductDecodingBenchmark benchmark = new ProductDecodingBenchmark(TINY);
    LengthLimit limit = new LengthLimit(0.0, TINY.len());
    List<List<ScoredSequence>> greedy = benchmark.decode(
        GreedySearch.unscored(Vocabulary.BOS_ID, Vocabulary.EOS_ID, limit));
    List<List<ScoredSequence>> beam = benchmark.decode(new BeamSearch(Vocabulary.BOS_ID, Vocabulary.EOS_ID,
        ProductDecodingBenchmark.BEAM_SIZE, new LengthPenalty(0.0), limit));
    assertEquals(TINY.batch(), greedy.size());
    assertEquals(TINY.batch(), beam.size());
    for (int s = 0; s < TINY.batch(); s++) {
      assertEquals(ProductDecodingBenchmark.BEAM_SIZE, beam.get(s).size(), "n-best of sentence " + s);
      for (ScoredSequence hypothesis : List.of(greedy.get(s).get(0), beam.get(s).get(0), beam.get(s).get(4))) {
        assertEquals(TINY.len(), hypothesis.tokens().length, hypothesis.toString());
        for (int id : hypothesis.tokens()) {
          assertTrue(id != Vocabulary.EOS_ID && id >= 0 && id < TINY.vocab(), hypothesis.toString());
        }
      }
    }
  }

  @Test
  void phasesReportSentencesAndTheTokensDecoded() {
    List<PhaseResult> phases = new ProductDecodingBenchmark(TINY).run();
    assertEquals(List.of(ProductDecodingBenchmark.GREEDY_PHASE, ProductDecodingBenchmark.BEAM_PHASE),
        phases.stream().map(PhaseResult::phase).toList());
    for (PhaseResult phase : phases) {
      assertEquals((long) TINY.batch() * TINY.len(), phase.tokens());
      assertEquals(TINY.batch(), phase.sentences());
      assertTrue(phase.fields().containsKey("sentences_per_s"));
    }
  }
}
