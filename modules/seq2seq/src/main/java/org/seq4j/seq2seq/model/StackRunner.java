package org.seq4j.seq2seq.model;

import java.util.ArrayList;
import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.rng.Random;
import org.nd4j.linalg.factory.Nd4j;
import org.seq4j.nn.layers.Dropout;
import org.seq4j.nn.rnn.RecurrentLayer;
import org.seq4j.nn.rnn.RecurrentPass;
import org.seq4j.nn.rnn.RecurrentStack;
import org.seq4j.nn.rnn.RecurrentState;
import org.seq4j.nn.rnn.SequenceGradient;

/**
 * Runs a {@link RecurrentStack} layer by layer, with the dropout between layers drawn from the
 * caller's generator rather than the stack's own. Why: every random draw of a training run then
 * comes from generators seq2seq seeds per epoch, so a run resumed from a checkpoint repeats the
 * uninterrupted run exactly. Also serves single decoder steps (a one-step sequence), training and
 * inference alike, so the incremental decoder and the teacher-forced one run the same code.
 *
 * <p>Stack states are the layers' states concatenated along the feature axis in layer order, as in
 * {@link RecurrentStack}. Never writes into its arguments.
 */
final class StackRunner {
  private StackRunner() {}

  /** Between-layer dropout of a training pass: the rate's {@link Dropout} and the run's generator. */
  record LayerDropout(Dropout dropout, Random random) {}

  /** A forward pass; {@code layers} and {@code dropped} are kept only in training. */
  record Pass(INDArray output, RecurrentState finalState, List<RecurrentPass> layers, List<Dropout.Applied> dropped) {}

  /**
   * @param input {@code [time, batch, in]}
   * @param mask {@code [batch, time]}, or null when every step is real
   * @param initial the stack state, or null for zeros
   * @param dropout null for inference (no dropout, nothing kept for backward)
   */
  static Pass forward(RecurrentStack stack, INDArray input, INDArray mask, RecurrentState initial,
      LayerDropout dropout) {
    List<RecurrentLayer> layers = stack.layers();
    List<RecurrentState> initials = initial == null ? null : split(stack, initial);
    boolean training = dropout != null;
    List<RecurrentPass> passes = new ArrayList<>(layers.size());
    List<Dropout.Applied> dropped = new ArrayList<>();
    List<RecurrentState> finals = new ArrayList<>(layers.size());
    INDArray x = input;
    for (int l = 0; l < layers.size(); l++) {
      RecurrentPass pass = layers.get(l).forward(x, mask, initials == null ? null : initials.get(l), training);
      passes.add(pass);
      finals.add(pass.finalState());
      x = pass.output();
      if (training && l < layers.size() - 1 && dropout.dropout().rate() > 0) {
        Dropout.Applied applied = dropout.dropout().train(x, dropout.random());
        dropped.add(applied);
        x = applied.output();
      }
    }
    return new Pass(x, concat(finals), training ? passes : null, training ? dropped : null);
  }

  /** Back-propagates a training pass; {@code finalStateGradient} may be null. */
  static SequenceGradient backward(RecurrentStack stack, Pass pass, INDArray outputGradient,
      RecurrentState finalStateGradient) {
    List<RecurrentLayer> layers = stack.layers();
    List<RecurrentState> finals = finalStateGradient == null ? null : split(stack, finalStateGradient);
    RecurrentState[] initials = new RecurrentState[layers.size()];
    INDArray d = outputGradient;
    for (int l = layers.size() - 1; l >= 0; l--) {
      if (l < layers.size() - 1 && !pass.dropped().isEmpty()) {
        d = d.mul(pass.dropped().get(l).mask());
      }
      SequenceGradient g = layers.get(l).backward(pass.layers().get(l), d, finals == null ? null : finals.get(l));
      initials[l] = g.initialState();
      d = g.input();
    }
    return new SequenceGradient(d, concat(List.of(initials)));
  }

  /** The per-layer parts of a stack state (the state itself for one layer: no copy). */
  static List<RecurrentState> split(RecurrentStack stack, RecurrentState state) {
    return stack.layers().size() == 1 ? List.of(state) : stack.layerStates(state);
  }

  /** Concatenates states along the feature axis, component by component (one state: itself). */
  static RecurrentState concat(List<RecurrentState> states) {
    if (states.size() == 1) {
      return states.get(0);
    }
    int components = states.get(0).components();
    INDArray[] parts = new INDArray[components];
    for (int c = 0; c < components; c++) {
      INDArray[] pieces = new INDArray[states.size()];
      for (int i = 0; i < pieces.length; i++) {
        pieces[i] = states.get(i).component(c);
      }
      parts[c] = Nd4j.concat(1, pieces);
    }
    return new RecurrentState(parts[0], components > 1 ? parts[1] : null);
  }
}
