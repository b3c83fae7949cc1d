package org.seq4j.seq2seq.model;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.seq4j.nn.rnn.FixedInput;
import org.seq4j.nn.rnn.RecurrentState;
import org.seq4j.seq2seq.decode.StepDecoder;

/**
 * A {@link Seq2SeqNetwork} seen through the {@link StepDecoder} contract. {@link #expand} copies
 * every part of the state (context vector, its fixed projection and attention memory included) once per beam;
 * {@link #reorder} gathers only the per-row parts (recurrent state, fed attentional vector), since
 * back-pointers stay inside a sentence's beam group, whose per-sentence parts are identical.
 */
public final class NetworkStepDecoder implements StepDecoder<DecoderState> {
  private final Seq2SeqNetwork network;

  public NetworkStepDecoder(Seq2SeqNetwork network) {
    this.network = network;
  }

  @Override
  public Step<DecoderState> step(DecoderState state, int[] previousTokens) {
    Seq2SeqNetwork.StepOutput out = network.decodeStep(state, previousTokens);
    return new Step<>(out.logProbabilities(), out.next());
  }

  @Override
  public GreedyStep<DecoderState> greedyStep(DecoderState state, int[] previousTokens, boolean withLogProbabilities) {
    Seq2SeqNetwork.GreedyOutput out = network.greedyStep(state, previousTokens, withLogProbabilities);
    return new GreedyStep<>(out.tokens(), out.logProbabilities(), out.next());
  }

  @Override
  public DecoderState expand(DecoderState state, int beamSize) {
    if (beamSize == 1) {
      return state;
    }
    int[] rows = new int[state.rows() * beamSize];
    for (int i = 0; i < rows.length; i++) {
      rows[i] = i / beamSize;
    }
    AttentionMemory memory = state.memory() == null ? null : state.memory().selectRows(rows);
    FixedInput fixedContext = state.fixedContext() == null ? null : state.fixedContext().selectRows(rows);
    return new DecoderState(gather(state.recurrent(), rows), Nd4j.pullRows(state.context(), 1, rows), memory,
        gather(state.feed(), rows), fixedContext);
  }

  @Override
  public DecoderState reorder(DecoderState state, int[] rows) {
    return state.next(gather(state.recurrent(), rows), gather(state.feed(), rows));
  }

  private static INDArray gather(INDArray rowsOf, int[] rows) {
    return rowsOf == null ? null : Nd4j.pullRows(rowsOf, 1, rows);
  }

  private static RecurrentState gather(RecurrentState state, int[] rows) {
    INDArray cell = state.cell() == null ? null : Nd4j.pullRows(state.cell(), 1, rows);
    return new RecurrentState(Nd4j.pullRows(state.hidden(), 1, rows), cell);
  }
}
