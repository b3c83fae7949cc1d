package org.seq4j.tagger.model;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.seq4j.nn.param.ParameterSet;

/**
 * Turns the characters of each word into a fixed-size vector. Input character ids
 * {@code [words, chars]} with a mask of the same shape (1 = real character, left-aligned); output
 * {@code [words, outputSize]}; a word with no characters (padding) gets zeros.
 *
 * <p>An interface because there are two ({@link CnnCharFeatures}, {@link LstmCharFeatures}) and the
 * network should not care which; forward returns a {@link Pass} holding what backward needs, so
 * the encoder keeps no per-call state and inference is thread-safe.
 */
public interface CharFeatureEncoder {

  int outputSize();

  ParameterSet parameters();

  /**
   * The relative cost of one {@link #forward} over {@code [words, chars]}, in units of one
   * character position of one word: what {@link LengthGroups} minimises when it splits a batch's
   * distinct words into groups of similar length.
   */
  double forwardCost(int words, int chars);

  /** Word features; {@code training} keeps what {@link #backward} needs. */
  Pass forward(INDArray charIds, INDArray charMask, boolean training);

  /** Accumulates parameter gradients for {@code gradOutput [words, outputSize]}. */
  void backward(Pass pass, INDArray gradOutput);

  /** A forward pass's result. */
  interface Pass {
    /** {@code [words, outputSize]}. */
    INDArray output();
  }
}
