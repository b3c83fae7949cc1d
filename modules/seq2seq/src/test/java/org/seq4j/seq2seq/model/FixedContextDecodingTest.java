package org.seq4j.seq2seq.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.seq4j.corpus.batch.Seq2SeqBatch;
import org.seq4j.corpus.vocab.Vocabulary;
import org.seq4j.nn.backend.NativeBackend;
import org.seq4j.nn.rnn.CellType;
import org.seq4j.seq2seq.decode.BeamSearch;
import org.seq4j.seq2seq.decode.LengthLimit;
import org.seq4j.seq2seq.decode.LengthPenalty;
import org.seq4j.seq2seq.decode.ScoredSequence;

/**
 * FLOAT decoding with the context's input projection computed once per run ({@link
 * DecoderState#fixedContext()}) gives the log-probabilities of steps that project the whole decoder
 * input, with and without attention, input feeding and several decoder layers, also after beam
 * expansion. (DOUBLE networks run the whole-input path either way; {@link IncrementalDecodingTest}
 * holds them to teacher forcing.)
 */
class FixedContextDecodingTest {
  /** Log-probabilities of O(1) logits summed in a different order, in float. */
  private static final double TOLERANCE = 1e-4;
  private static final int STEPS = 4;

  @BeforeAll
  static void backend() {
    NativeBackend.configureFromEnvironment();
  }

  private static Seq2SeqNetwork network(String cell, String attention, int decoderLayers, boolean inputFeeding) {
    Seq2SeqConfig config = new Seq2SeqConfig(8, 9, CellType.fromShortName(cell), 5, 6, 2, decoderLayers, 0.0,
        AttentionType.fromShortName(attention), false, false, 50, 29L, inputFeeding, false);
    return new Seq2SeqNetwork(config, DataType.FLOAT);
  }

  private static DecoderState withoutFixedContext(DecoderState state) {
    return new DecoderState(state.recurrent(), state.context(), state.memory(), state.feed());
  }

  @ParameterizedTest
  @CsvSource({"lstm,none,1,false", "lstm,none,2,false", "gru,general,1,true", "lstm,bahdanau,2,true",
      "rnn,dot,1,false"})
  void stepsWithTheFixedContextMatchWholeInputSteps(String cell, String attention, int decoderLayers,
      boolean inputFeeding) {
    Seq2SeqNetwork network = network(cell, attention, decoderLayers, inputFeeding);
    Seq2SeqBatch batch = Seq2SeqGradientTest.batch();
    DecoderState fixed = network.initialState(network.encode(batch.sourceIds(), batch.sourceMask(), batch.size(),
        batch.sourceTimeSteps()));
    assertNotNull(fixed.fixedContext());
    NetworkStepDecoder decoder = new NetworkStepDecoder(network);
    int beams = 2;
    DecoderState expanded = decoder.expand(fixed, beams);
    DecoderState whole = withoutFixedContext(fixed);
    int[] tokens = new int[batch.size()];
    java.util.Arrays.fill(tokens, Vocabulary.BOS_ID);
    for (int t = 0; t < STEPS; t++) {
      Seq2SeqNetwork.StepOutput a = network.decodeStep(fixed, tokens);
      Seq2SeqNetwork.StepOutput b = network.decodeStep(whole, tokens);
      int[] repeated = new int[tokens.length * beams];
      for (int i = 0; i < repeated.length; i++) {
        repeated[i] = tokens[i / beams];
      }
      Seq2SeqNetwork.StepOutput c = network.decodeStep(expanded, repeated);
      for (int r = 0; r < batch.size(); r++) {
        double[] want = b.logProbabilities().getRow(r).toDoubleVector();
        assertArrayEquals(want, a.logProbabilities().getRow(r).toDoubleVector(), TOLERANCE, "row " + r + " step " + t);
        assertArrayEquals(want, c.logProbabilities().getRow((long) r * beams + 1).toDoubleVector(), TOLERANCE,
            "beam copy of row " + r + " step " + t);
      }
      tokens = b.logProbabilities().argMax(1).toIntVector();
      fixed = a.next();
      whole = b.next();
      expanded = c.next();
    }
  }

  @ParameterizedTest
  @CsvSource({"lstm,none,1,false", "gru,bahdanau,1,true"})
  void beamSearchFindsTheSameHypothesesWithAndWithoutTheFixedContext(String cell, String attention,
      int decoderLayers, boolean inputFeeding) {
    Seq2SeqNetwork network = network(cell, attention, decoderLayers, inputFeeding);
    Seq2SeqBatch batch = Seq2SeqGradientTest.batch();
    DecoderState fixed = network.initialState(network.encode(batch.sourceIds(), batch.sourceMask(), batch.size(),
        batch.sourceTimeSteps()));
    BeamSearch beam = new BeamSearch(Vocabulary.BOS_ID, Vocabulary.EOS_ID, 3, new LengthPenalty(0.6),
        new LengthLimit(2.0, 3));
    NetworkStepDecoder decoder = new NetworkStepDecoder(network);
    List<List<ScoredSequence>> a = beam.search(decoder, fixed, batch.sourceLengths());
    List<List<ScoredSequence>> b = beam.search(decoder, withoutFixedContext(fixed), batch.sourceLengths());
    for (int r = 0; r < batch.size(); r++) {
      for (int k = 0; k < a.get(r).size(); k++) {
        assertArrayEquals(b.get(r).get(k).tokens(), a.get(r).get(k).tokens(), "row " + r + " hypothesis " + k);
      }
    }
  }
}
