package org.seq4j.seq2seq.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.seq4j.corpus.batch.Seq2SeqBatch;
import org.seq4j.corpus.vocab.Vocabulary;
import org.seq4j.nn.rnn.CellType;
import org.seq4j.seq2seq.decode.BeamSearch;
import org.seq4j.seq2seq.decode.GreedySearch;
import org.seq4j.seq2seq.decode.LengthLimit;
import org.seq4j.seq2seq.decode.LengthPenalty;
import org.seq4j.seq2seq.decode.ScoredSequence;

class IncrementalDecodingTest {
  private static final double TOLERANCE = 1e-9;

  static Seq2SeqNetwork network(String cell, String attention, int decoderLayers) {
    return network(cell, attention, decoderLayers, false, false);
  }

  static Seq2SeqNetwork network(String cell, String attention, int decoderLayers, boolean inputFeeding,
      boolean deepOutput) {
    Seq2SeqConfig config = new Seq2SeqConfig(8, 9, CellType.fromShortName(cell), 5, 6, 2, decoderLayers, 0.0,
        AttentionType.fromShortName(attention), false, false, 50, 23L, inputFeeding, deepOutput);
    return new Seq2SeqNetwork(config, DataType.DOUBLE);
  }

  @ParameterizedTest
  @CsvSource({"lstm,none,2,false,false", "lstm,general,1,false,false", "gru,dot,2,false,false",
      "lstm,bahdanau,2,false,false", "gru,general,1,true,false", "lstm,bahdanau,1,true,true", "gru,none,1,false,true"})
  void stepsReproduceTeacherForcedLogits(String cell, String attention, int decoderLayers, boolean inputFeeding,
      boolean deepOutput) {
    Seq2SeqNetwork network = network(cell, attention, decoderLayers, inputFeeding, deepOutput);
    Seq2SeqBatch batch = Seq2SeqGradientTest.batch();
    INDArray logits = new TeacherForcing(network, 0.0, 1L).logits(batch);
    DecoderState state = network.initialState(network.encode(batch.sourceIds(), batch.sourceMask(), batch.size(),
        batch.sourceTimeSteps()));
    for (int t = 0; t < batch.decoderTimeSteps(); t++) {
      int[] tokens = new int[batch.size()];
      for (int r = 0; r < batch.size(); r++) {
        tokens[r] = batch.decoderInputId(r, t);
      }
      Seq2SeqNetwork.StepOutput out = network.decodeStep(state, tokens);
      INDArray expected = Seq2SeqNetwork.logSoftmax(logits.get(NDArrayIndex.point(t), NDArrayIndex.all(),
          NDArrayIndex.all()));
      for (int r = 0; r < batch.size(); r++) {
        if (t < batch.decoderLengths()[r]) {
          assertArrayEquals(expected.getRow(r).toDoubleVector(), out.logProbabilities().getRow(r).toDoubleVector(),
              TOLERANCE, "row " + r + " step " + t);
        }
      }
      state = out.next();
    }
  }

  @ParameterizedTest
  @CsvSource({"lstm,none,2,false", "gru,general,1,false", "lstm,bahdanau,1,true", "gru,dot,2,true"})
  void greedyEqualsBeamOfOneOnTheNetwork(String cell, String attention, int decoderLayers, boolean inputFeeding) {
    Seq2SeqNetwork network = network(cell, attention, decoderLayers, inputFeeding, false);
    Seq2SeqBatch batch = Seq2SeqGradientTest.batch();
    DecoderState initial = network.initialState(network.encode(batch.sourceIds(), batch.sourceMask(), batch.size(),
        batch.sourceTimeSteps()));
    LengthLimit limit = new LengthLimit(2.0, 3);
    NetworkStepDecoder decoder = new NetworkStepDecoder(network);
    List<List<ScoredSequence>> greedy = new GreedySearch(Vocabulary.BOS_ID, Vocabulary.EOS_ID, limit)
        .search(decoder, initial, batch.sourceLengths());
    List<List<ScoredSequence>> beam = new BeamSearch(Vocabulary.BOS_ID, Vocabulary.EOS_ID, 1, new LengthPenalty(0),
        limit).search(decoder, initial, batch.sourceLengths());
    for (int r = 0; r < batch.size(); r++) {
      assertArrayEquals(greedy.get(r).get(0).tokens(), beam.get(r).get(0).tokens());
      assertEquals(greedy.get(r).get(0).score(), beam.get(r).get(0).score(), 1e-5);
    }
    List<List<ScoredSequence>> wide = new BeamSearch(Vocabulary.BOS_ID, Vocabulary.EOS_ID, 4, new LengthPenalty(0.6),
        limit).search(decoder, initial, batch.sourceLengths());
    for (List<ScoredSequence> nBest : wide) {
      assertEquals(4, nBest.size());
    }
  }

  @ParameterizedTest
  @CsvSource({"lstm,none,1,false", "gru,bahdanau,2,true"})
  void greedyStepIsTheArgmaxOfDecodeStep(String cell, String attention, int decoderLayers, boolean inputFeeding) {
    Seq2SeqNetwork network = network(cell, attention, decoderLayers, inputFeeding, true);
    Seq2SeqBatch batch = Seq2SeqGradientTest.batch();
    DecoderState state = network.initialState(network.encode(batch.sourceIds(), batch.sourceMask(), batch.size(),
        batch.sourceTimeSteps()));
    int[] tokens = new int[batch.size()];
    java.util.Arrays.fill(tokens, Vocabulary.BOS_ID);
    for (int t = 0; t < 3; t++) {
      Seq2SeqNetwork.StepOutput full = network.decodeStep(state, tokens);
      Seq2SeqNetwork.GreedyOutput greedy = network.greedyStep(state, tokens, true);
      assertArrayEquals(full.logProbabilities().argMax(1).toIntVector(), greedy.tokens());
      assertArrayEquals(full.logProbabilities().max(1).toDoubleVector(), greedy.logProbabilities(), TOLERANCE);
      assertArrayEquals(greedy.tokens(), network.greedyStep(state, tokens, false).tokens());
      state = greedy.next();
      tokens = greedy.tokens();
    }
  }

  @Test
  void configRoundTripsThroughAMapAndRejectsUnknownKeys() {
    Seq2SeqConfig config = network("gru", "bahdanau", 2, true, true).config();
    assertEquals(config, Seq2SeqConfig.fromMap(config.toMap()));
    Map<String, Object> map = new java.util.HashMap<>(config.toMap());
    map.put("hiden_size", 3);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Seq2SeqConfig.fromMap(map));
    org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().contains("hiden_size"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> AttentionType.fromShortName("additive"));
    assertThrows(IllegalArgumentException.class, () -> network("lstm", "none", 1, true, false));
  }

  @Test
  void configsWrittenBeforeInputFeedingAndDeepOutputLoadWithoutThem() {
    Seq2SeqConfig config = network("lstm", "general", 1).config();
    Map<String, Object> old = new java.util.HashMap<>(config.toMap());
    old.remove("input_feeding");
    old.remove("deep_output");
    Seq2SeqConfig loaded = Seq2SeqConfig.fromMap(old);
    assertEquals(config, loaded);
    org.junit.jupiter.api.Assertions.assertFalse(loaded.inputFeeding() || loaded.deepOutput());
  }
}
