package org.seq4j.seq2seq.decode;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SearchTest {
  private static final int[] SOURCE_LENGTHS = {3, 7, 1, 12, 5};
  private static final LengthLimit LIMIT = new LengthLimit(1.5, 4);

  @Test
  void beamOfOneIsGreedy() {
    FakeStepDecoder decoder = new FakeStepDecoder(12, 0.15);
    var greedy = new GreedySearch(FakeStepDecoder.BOS, FakeStepDecoder.EOS, LIMIT)
        .search(decoder, FakeStepDecoder.start(SOURCE_LENGTHS.length), SOURCE_LENGTHS);
    var beam = new BeamSearch(FakeStepDecoder.BOS, FakeStepDecoder.EOS, 1, new LengthPenalty(0), LIMIT)
        .search(decoder, FakeStepDecoder.start(SOURCE_LENGTHS.length), SOURCE_LENGTHS);
    for (int i = 0; i < SOURCE_LENGTHS.length; i++) {
      assertArrayEquals(greedy.get(i).get(0).tokens(), beam.get(i).get(0).tokens(), "sentence " + i);
      assertEquals(greedy.get(i).get(0).score(), beam.get(i).get(0).score(), 1e-5);
    }
  }

  @Test
  void unscoredGreedyChoosesTheSameTokensWithoutScores() {
    FakeStepDecoder decoder = new FakeStepDecoder(12, 0.15);
    var scored = new GreedySearch(FakeStepDecoder.BOS, FakeStepDecoder.EOS, LIMIT)
        .search(decoder, FakeStepDecoder.start(SOURCE_LENGTHS.length), SOURCE_LENGTHS);
    var unscored = GreedySearch.unscored(FakeStepDecoder.BOS, FakeStepDecoder.EOS, LIMIT)
        .search(decoder, FakeStepDecoder.start(SOURCE_LENGTHS.length), SOURCE_LENGTHS);
    for (int i = 0; i < SOURCE_LENGTHS.length; i++) {
      assertArrayEquals(scored.get(i).get(0).tokens(), unscored.get(i).get(0).tokens(), "sentence " + i);
      assertTrue(Double.isNaN(unscored.get(i).get(0).score()));
      assertTrue(scored.get(i).get(0).score() < 0);
    }
  }

  @Test
  void nBestIsSortedDistinctAndFull() {
    int k = 5;
    FakeStepDecoder decoder = new FakeStepDecoder(12, 0.1);
    var beams = new BeamSearch(FakeStepDecoder.BOS, FakeStepDecoder.EOS, k, new LengthPenalty(0.6), LIMIT)
        .search(decoder, FakeStepDecoder.start(SOURCE_LENGTHS.length), SOURCE_LENGTHS);
    for (int i = 0; i < SOURCE_LENGTHS.length; i++) {
      List<ScoredSequence> nBest = beams.get(i);
      assertEquals(k, nBest.size());
      Set<List<Integer>> distinct = new HashSet<>();
      for (int j = 0; j < k; j++) {
        distinct.add(java.util.Arrays.stream(nBest.get(j).tokens()).boxed().toList());
        assertTrue(nBest.get(j).tokens().length <= LIMIT.maxLength(SOURCE_LENGTHS[i]));
        if (j > 0) {
          assertTrue(nBest.get(j - 1).score() >= nBest.get(j).score(), "sorted: " + nBest);
        }
      }
      assertEquals(k, distinct.size(), "distinct: " + nBest);
    }
  }

  @Test
  void widerBeamFindsAtLeastAsGoodTopHypothesisHere() {
    FakeStepDecoder decoder = new FakeStepDecoder(8, 0.2);
    var greedy = new GreedySearch(FakeStepDecoder.BOS, FakeStepDecoder.EOS, LIMIT)
        .search(decoder, FakeStepDecoder.start(SOURCE_LENGTHS.length), SOURCE_LENGTHS);
    var beam = new BeamSearch(FakeStepDecoder.BOS, FakeStepDecoder.EOS, 8, new LengthPenalty(0), LIMIT)
        .search(decoder, FakeStepDecoder.start(SOURCE_LENGTHS.length), SOURCE_LENGTHS);
    for (int i = 0; i < SOURCE_LENGTHS.length; i++) {
      assertTrue(beam.get(i).get(0).score() >= greedy.get(i).get(0).score() - 1e-6);
    }
  }

  @Test
  void lengthPenaltyIsGnmt() {
    assertEquals(1.0, new LengthPenalty(0.6).divisor(1), 1e-12);
    assertEquals(Math.pow(15.0 / 6.0, 0.6), new LengthPenalty(0.6).divisor(10), 1e-12);
    assertEquals(-2.0, new LengthPenalty(0).apply(-2.0, 7), 1e-12);
    assertEquals(2 * 9 + 10, new LengthLimit(2.0, 10).maxLength(9));
  }
}
