package org.seq4j.seq2seq.decode;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A model as decoding strategies see it: one step at a time over a batch of rows, with an opaque
 * incremental state (OpenNMT's decoder-state contract). A step feeds one token per row and returns
 * the next-token log-probabilities; the prefix is never re-run.
 *
 * <p>{@link #expand} and {@link #reorder} are separate because what a row carries splits in two:
 * per-sentence data (encoder memory, context vector) is copied once when each sentence becomes
 * {@code beamSize} rows, while beam back-pointers only ever point inside the same sentence's group of
 * rows, so reordering needs to gather only the recurrent state.
 *
 * @param <S> the model's decoder state; implementations never mutate a state they are given
 */
public interface StepDecoder<S> {

  /**
   * The next-token distribution after feeding one token per row, and the state after that token.
   * The log-probabilities are a new array that belongs to the caller, who may free it once read
   * ({@code NativeMemory.release}; beam search does, a {@code [rows, vocabulary]} array per step).
   */
  record Step<S>(INDArray logProbabilities, S next) {}

  /** @param previousTokens one token per row (BOS at the first step) */
  Step<S> step(S state, int[] previousTokens);

  /**
   * One greedy step: per row the most probable next token (the first of equals), its log-probability
   * (null when not asked for), and the state after {@code previousTokens}.
   */
  record GreedyStep<S>(int[] tokens, double[] logProbabilities, S next) {}

  /**
   * {@link #step} reduced to its best token per row. Models override this when they can find the
   * best token (and its log-probability) without materialising every log-probability: greedy search
   * needs one or two numbers per row, and the argmax alone when no score is wanted.
   */
  default GreedyStep<S> greedyStep(S state, int[] previousTokens, boolean withLogProbabilities) {
    Step<S> out = step(state, previousTokens);
    return new GreedyStep<>(out.logProbabilities().argMax(1).toIntVector(),
        withLogProbabilities ? out.logProbabilities().max(1).toDoubleVector() : null, out.next());
  }

  /** Each row repeated {@code beamSize} times in place: row r becomes rows {@code r*beamSize ..}. */
  S expand(S state, int beamSize);

  /** The recurrent state of {@code rows[i]} becomes row i; rows stay within their sentence's beam group. */
  S reorder(S state, int[] rows);
}
