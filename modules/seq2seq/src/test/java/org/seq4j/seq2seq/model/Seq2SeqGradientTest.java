package org.seq4j.seq2seq.model;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.seq4j.corpus.batch.Seq2SeqBatch;
import org.seq4j.corpus.batch.Seq2SeqBatcher;
import org.seq4j.corpus.batch.Seq2SeqExample;
import org.seq4j.corpus.vocab.Vocabulary;
import org.seq4j.nn.param.Parameter;
import org.seq4j.nn.rnn.CellType;

/**
 * Whole-network backward (embeddings, encoder, bridge, context vector, decoder, attention, deep output,
 * output) vs finite differences.
 */
class Seq2SeqGradientTest {
  private static final double EPSILON = 1e-6;
  private static final double TOLERANCE = 1e-5;
  private static final int ENTRIES_PER_PARAMETER = 4;
  private static final double LABEL_SMOOTHING = 0.1;

  static Seq2SeqBatch batch() {
    List<Seq2SeqExample> examples = List.of(
        new Seq2SeqExample(new int[] {4, 5, 6}, new int[] {7, 4}),
        new Seq2SeqExample(new int[] {6, 7}, new int[] {5, 6, 7}),
        new Seq2SeqExample(new int[] {5}, new int[] {4}));
    return new Seq2SeqBatcher(examples, Vocabulary.BOS_ID, Vocabulary.EOS_ID).batch(new int[] {0, 1, 2});
  }

  /**
   * Columns: cell, attention, tied output, encoder layers, decoder layers, input feeding, deep output.
   * The Bahdanau and input-feeding rows exercise the step-wise decoder (back-propagation through the
   * decoder steps); the deep-output rows the Cho readout on both decoder paths.
   */
  @ParameterizedTest
  @CsvSource({"lstm,none,false,2,2,false,false", "lstm,general,false,2,1,false,false", "gru,dot,true,1,2,false,false",
      "rnn,general,true,1,1,false,false", "lstm,dot,false,1,3,false,false",
      "lstm,bahdanau,false,1,1,false,false", "gru,bahdanau,true,2,2,true,false", "lstm,general,false,1,2,true,false",
      "gru,dot,false,1,1,true,true", "lstm,none,true,1,2,false,true", "rnn,bahdanau,false,1,1,false,true"})
  void backwardMatchesFiniteDifferences(String cell, String attention, boolean tie, int encoderLayers,
      int decoderLayers, boolean inputFeeding, boolean deepOutput) {
    int hidden = 4;
    Seq2SeqConfig config = new Seq2SeqConfig(8, 9, CellType.fromShortName(cell), tie ? hidden : 3, hidden,
        encoderLayers, decoderLayers, 0.0, AttentionType.fromShortName(attention), tie, false, 50, 17L, inputFeeding,
        deepOutput);
    Seq2SeqNetwork network = new Seq2SeqNetwork(config, DataType.DOUBLE);
    TeacherForcing training = new TeacherForcing(network, LABEL_SMOOTHING, 3L);
    Seq2SeqBatch batch = batch();
    network.parameters().zeroGradients();
    training.step(batch);
    SplittableRandom random = new SplittableRandom(5);
    for (Parameter p : network.parameters().list()) {
      INDArray value = p.value().reshape(p.value().length());
      INDArray gradient = p.gradient().reshape(p.gradient().length());
      for (int k = 0; k < ENTRIES_PER_PARAMETER; k++) {
        int i = random.nextInt((int) p.length());
        double original = value.getDouble(i);
        value.putScalar(i, original + EPSILON);
        double plus = training.loss(batch);
        value.putScalar(i, original - EPSILON);
        double minus = training.loss(batch);
        value.putScalar(i, original);
        double numeric = (plus - minus) / (2 * EPSILON);
        double analytic = gradient.getDouble(i);
        double error = Math.abs(numeric - analytic) / Math.max(1e-3, Math.abs(numeric) + Math.abs(analytic));
        assertTrue(error < TOLERANCE, p.name() + "[" + i + "]: analytic " + analytic + " numeric " + numeric);
      }
    }
  }
}
