package org.seq4j.seq2seq.decode;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A deterministic stand-in model: the next-token distribution is a pseudo-random function of the
 * sentence and its prefix, so searches can be compared without training anything. The state is the
 * prefix of each row (a fake may re-read it; real decoders must not).
 */
final class FakeStepDecoder implements StepDecoder<FakeStepDecoder.State> {
  static final int BOS = 2;
  static final int EOS = 3;
  private final int vocabulary;
  private final double eosBoost;

  FakeStepDecoder(int vocabulary, double eosBoost) {
    this.vocabulary = vocabulary;
    this.eosBoost = eosBoost;
  }

  record State(int[] sentence, int[][] prefixes) {}

  static State start(int sentences) {
    int[] ids = new int[sentences];
    Arrays.setAll(ids, i -> i);
    return new State(ids, new int[sentences][0]);
  }

  @Override
  public Step<State> step(State state, int[] previous) {
    int rows = previous.length;
    double[][] logp = new double[rows][vocabulary];
    int[][] next = new int[rows][];
    for (int r = 0; r < rows; r++) {
      next[r] = Arrays.copyOf(state.prefixes[r], state.prefixes[r].length + 1);
      next[r][next[r].length - 1] = previous[r];
      SplittableRandom random = new SplittableRandom(31L * state.sentence[r] + Arrays.hashCode(next[r]));
      double sum = 0;
      double[] p = new double[vocabulary];
      for (int v = 0; v < vocabulary; v++) {
        p[v] = v == BOS ? 1e-9 : random.nextDouble() + (v == EOS ? eosBoost * next[r].length : 0);
        sum += p[v];
      }
      for (int v = 0; v < vocabulary; v++) {
        logp[r][v] = Math.log(p[v] / sum);
      }
    }
    INDArray array = Nd4j.createFromArray(logp).castTo(DataType.FLOAT);
    return new Step<>(array, new State(state.sentence, next));
  }

  @Override
  public State expand(State state, int beamSize) {
    int rows = state.sentence.length * beamSize;
    int[] ids = new int[rows];
    int[][] prefixes = new int[rows][];
    for (int i = 0; i < rows; i++) {
      ids[i] = state.sentence[i / beamSize];
      prefixes[i] = state.prefixes[i / beamSize];
    }
    return new State(ids, prefixes);
  }

  @Override
  public State reorder(State state, int[] rows) {
    int[][] prefixes = new int[rows.length][];
    for (int i = 0; i < rows.length; i++) {
      if (state.sentence[rows[i]] != state.sentence[i]) {
        throw new AssertionError("back-pointer left its sentence: " + rows[i] + " -> " + i);
      }
      prefixes[i] = state.prefixes[rows[i]];
    }
    return new State(state.sentence, prefixes);
  }
}
