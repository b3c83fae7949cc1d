package org.seq4j.tagger.model;

import java.util.SplittableRandom;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.seq4j.corpus.vocab.Vocabulary;
import org.seq4j.nn.layers.Embedding;
import org.seq4j.nn.param.ParameterSet;
import org.seq4j.nn.rnn.CellType;
import org.seq4j.nn.rnn.RecurrentPass;
import org.seq4j.nn.rnn.RecurrentStack;
import org.seq4j.nn.rnn.RecurrentState;
import org.seq4j.nn.rnn.SequenceGradient;

/**
 * Character BiLSTM word features (Lample et al. 2016): the characters of each word, as one sequence
 * per word, through a one-layer bidirectional LSTM; the word's vector is the forward state after
 * its last character followed by the reverse state after its first ({@code 2 * hidden} wide). The
 * words of a batch are the LSTM's batch, so a batch costs {@code maxChars} recurrent steps.
 */
public final class LstmCharFeatures implements CharFeatureEncoder {

  private static final int WORD_AXIS = 0;
  private static final int CHAR_AXIS = 1;
  private static final int FEATURE_AXIS = 2;
  private static final int LAYERS = 1;
  private static final double NO_DROPOUT = 0.0;

  /**
   * The fixed cost of one call, in character positions: measured with 30-dim characters and 25
   * hidden units, a call costs about 300 us plus 1.1 us per character position (the per-step
   * overhead, under 2 us, is left out).
   */
  static final double CALL_COST_POSITIONS = 300;

  private final Embedding chars;
  private final RecurrentStack rnn;
  private final ParameterSet parameters = new ParameterSet();

  /** Parameters are named {@code name.chars} and {@code name.rnn.*}; char id 0 is padding. */
  public LstmCharFeatures(String name, int numChars, int charDim, int hidden, DataType dataType, long seed) {
    SplittableRandom seeds = new SplittableRandom(seed);
    this.chars = Embedding.random(name + ".chars", numChars, charDim, Vocabulary.PAD_ID,
        TaggerNetwork.unitNormStddev(charDim), dataType, seeds.nextLong());
    this.rnn = RecurrentStack.bidirectional(name + ".rnn", CellType.LSTM, charDim, hidden, LAYERS, NO_DROPOUT,
        dataType, seeds.nextLong());
    parameters.addAll(chars.parameters());
    parameters.addAll(rnn.parameters());
  }

  @Override
  public int outputSize() {
    return rnn.outputSize();
  }

  @Override
  public ParameterSet parameters() {
    return parameters;
  }

  /** Work proportional to the character positions, plus a fixed cost per call. */
  @Override
  public double forwardCost(int words, int chars) {
    return (double) words * chars + CALL_COST_POSITIONS;
  }

  @Override
  public Pass forward(INDArray charIds, INDArray charMask, boolean training) {
    INDArray timeMajor = chars.forward(charIds).permute(CHAR_AXIS, WORD_AXIS, FEATURE_AXIS).dup('c');
    RecurrentPass pass = rnn.forward(timeMajor, charMask, null, training);
    return new LstmPass(pass.finalState().hidden(), pass, charIds);
  }

  @Override
  public void backward(Pass pass, INDArray gradOutput) {
    LstmPass p = (LstmPass) pass;
    INDArray output = p.pass.output();
    INDArray hidden = gradOutput.castTo(output.dataType());
    RecurrentState finalGradient = new RecurrentState(hidden, hidden.ulike().assign(0));
    SequenceGradient g = rnn.backward(p.pass, output.ulike().assign(0), finalGradient);
    INDArray gradEmbedded = g.input().permute(CHAR_AXIS, WORD_AXIS, FEATURE_AXIS).dup('c');
    chars.backward(p.charIds, gradEmbedded);
  }

  private record LstmPass(INDArray output, RecurrentPass pass, INDArray charIds) implements Pass {}
}
