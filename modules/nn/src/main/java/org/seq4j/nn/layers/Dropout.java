package org.seq4j.nn.layers;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.broadcast.BroadcastMulOp;
import org.nd4j.linalg.api.ops.random.impl.BernoulliDistribution;
import org.nd4j.linalg.api.rng.Random;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Inverted dropout: in training each value is kept with probability {@code 1 - rate} and scaled by
 * {@code 1 / (1 - rate)}, so inference is the identity and needs no rescaling.
 *
 * <p>Two mask shapes: {@link #standard} draws one mask entry per value; {@link #variational} draws
 * one per {@code (batch, feature)} of a {@code [batch, time, features]} input and shares it across
 * time steps (Gal &amp; Ghahramani 2016, "variational" or recurrent dropout), which regularises
 * recurrent models without drowning the signal in fresh noise each step.
 *
 * <p>The random source is an argument, never a global: the caller creates it from the run's seed
 * ({@code Nd4j.getRandomFactory().getNewRandomInstance(seed)}) and passes the same instance for the
 * whole run, which makes training reproducible. The mask is returned so backward can apply it.
 */
public final class Dropout {

  private static final int BATCH_AXIS = 0;
  private static final int FEATURE_AXIS = 2;

  private final double rate;
  private final boolean variational;

  private Dropout(double rate, boolean variational) {
    if (!(rate >= 0 && rate < 1)) {
      throw new IllegalArgumentException("dropout rate must be in [0, 1), got " + rate);
    }
    this.rate = rate;
    this.variational = variational;
  }

  /** Independent mask per value, for inputs of any shape. */
  public static Dropout standard(double rate) {
    return new Dropout(rate, false);
  }

  /** One mask per {@code (batch, feature)}, shared over the time axis of {@code [batch, time, features]}. */
  public static Dropout variational(double rate) {
    return new Dropout(rate, true);
  }

  public double rate() {
    return rate;
  }

  public boolean isVariational() {
    return variational;
  }

  /**
   * Inference: returns {@code input} itself (not a copy; callers must not write into it either,
   * as inference never mutates inputs).
   */
  public INDArray infer(INDArray input) {
    return input;
  }

  /** Training: a new masked, rescaled array and the mask that produced it. */
  public Applied train(INDArray input, Random random) {
    if (rate == 0) {
      return new Applied(input.dup(), null);
    }
    INDArray mask = drawMask(input, random);
    return new Applied(apply(input, mask), mask);
  }

  /** The gradient through the mask of {@link #train}: {@code gradOutput * mask}, a new array. */
  public INDArray backward(INDArray gradOutput, Applied applied) {
    return applied.mask() == null ? gradOutput.dup() : apply(gradOutput, applied.mask());
  }

  private INDArray drawMask(INDArray input, Random random) {
    long[] shape = input.shape().clone();
    if (variational) {
      if (input.rank() != 3) {
        throw new IllegalArgumentException("variational dropout needs [batch, time, features], got rank "
            + input.rank());
      }
      shape[1] = 1;
    }
    INDArray mask = Nd4j.createUninitialized(input.dataType(), shape);
    Nd4j.getExecutioner().exec(new BernoulliDistribution(mask, 1 - rate), random);
    return mask.divi(1 - rate);
  }

  private INDArray apply(INDArray values, INDArray mask) {
    if (!variational) {
      return values.mul(mask);
    }
    INDArray perSequence = mask.reshape('c', mask.size(0), mask.size(2));
    INDArray out = Nd4j.createUninitialized(values.dataType(), values.shape());
    Nd4j.getExecutioner().exec(new BroadcastMulOp(values, perSequence, out, BATCH_AXIS, FEATURE_AXIS));
    return out;
  }

  /**
   * The result of training-mode dropout.
   *
   * @param output the masked, rescaled values
   * @param mask the scaled keep mask ({@code 0} or {@code 1 / (1 - rate)}), or {@code null} when
   *     the rate is 0
   */
  public record Applied(INDArray output, INDArray mask) {}
}
