package org.seq4j.nn.layers;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.transforms.custom.SoftMax;
import org.nd4j.linalg.api.shape.Shape;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Softmax cross-entropy over the last dimension of logits {@code [batch, time, classes]} (or
 * {@code [rows, classes]}), with integer targets {@code [batch, time]} and a mask {@code [batch,
 * time]} (1 = real token, 0 = padding; {@code null} = all real). The loss is the mean over real
 * tokens, as in PyTorch's {@code CrossEntropyLoss(ignore_index=pad)} with mean reduction.
 *
 * <p>Numerically stable: log-probabilities are {@code x - max - log(sum(exp(x - max)))}, so no
 * exponent overflows. The gradient is the closed form {@code (softmax(x) - q) / tokens} on real
 * tokens and 0 on padding.
 *
 * <p>Label smoothing (Szegedy et al. 2016): the target distribution is {@code q = (1 - eps) *
 * onehot(target) + eps / classes}. The returned loss is the cross-entropy {@code -sum q log p}; Joey
 * NMT and OpenNMT report the KL divergence instead, which differs by the constant entropy of
 * {@code q} and has the same gradient. (They also exclude the padding class from the smoothing
 * mass; here every class gets {@code eps / classes}, as in PyTorch's {@code label_smoothing}.)
 *
 * <p>Cost: libnd4j's fused {@code softmax} op (one native call over the {@code [rows, classes]}
 * buffer) and one scaling pass for the gradient; target entries are read and corrected one by one
 * and the loss is summed on the host in double, as {@code -log p_target}. A target probability that
 * underflows to a subnormal or zero (a logit gap beyond ~87 in float) is recomputed for that row
 * from its logits (max-shifted log-sum-exp on the host), so the loss stays exact and finite; label
 * smoothing adds one row-sum pass over the logits. Earlier versions ran max, subtract, exp, row sum
 * and scale as five ND4J ops, and before that built a one-hot matrix (about fourteen passes), which
 * dominated a seq2seq step with an 8000-word vocabulary. {@link #lossAndGradientInPlace} also
 * saves the gradient's allocation (at that vocabulary 41 MB per step, page-faulted anew each time).
 *
 * <p>Stateless; never modifies its arguments (except the logits of {@link #lossAndGradientInPlace},
 * by request); works in the logits' data type.
 */
public final class MaskedSoftmaxCrossEntropy {

  private final double labelSmoothing;

  /** @param labelSmoothing {@code eps} in [0, 1); 0 is plain cross-entropy */
  public MaskedSoftmaxCrossEntropy(double labelSmoothing) {
    if (!(labelSmoothing >= 0 && labelSmoothing < 1)) {
      throw new IllegalArgumentException("label smoothing must be in [0, 1), got " + labelSmoothing);
    }
    this.labelSmoothing = labelSmoothing;
  }

  public double labelSmoothing() {
    return labelSmoothing;
  }

  /** The mean loss per real token, without the gradient work. */
  public double loss(INDArray logits, INDArray targets, INDArray mask) {
    return compute(logits, targets, mask, false, false).loss();
  }

  /** The mean loss per real token and its gradient with respect to {@code logits}. */
  public LossAndGradient lossAndGradient(INDArray logits, INDArray targets, INDArray mask) {
    return compute(logits, targets, mask, true, false);
  }

  /**
   * As {@link #lossAndGradient}, but the gradient is computed in the logits' own buffer when they
   * are a dense row-major array (their values are lost; the returned gradient is that array,
   * reshaped). For training loops that have no further use for the logits.
   */
  public LossAndGradient lossAndGradientInPlace(INDArray logits, INDArray targets, INDArray mask) {
    return compute(logits, targets, mask, true, true);
  }

  private LossAndGradient compute(INDArray logits, INDArray targets, INDArray mask, boolean withGradient,
      boolean inPlace) {
    int classes = (int) logits.size(logits.rank() - 1);
    long rows = logits.length() / Math.max(1, classes);
    if (targets.length() != rows || (mask != null && mask.length() != rows)) {
      throw new IllegalArgumentException("logits have " + rows + " positions but targets have "
          + targets.length() + (mask == null ? "" : " and mask " + mask.length()));
    }
    double[] maskValues = mask == null ? null : mask.dup('c').reshape(rows).toDoubleVector();
    int[] targetIds = IdArrays.flatten(targets);
    long tokens = 0;
    for (int i = 0; i < rows; i++) {
      if (maskValues != null && maskValues[i] == 0) {
        targetIds[i] = 0;
        continue;
      }
      if (targetIds[i] < 0 || targetIds[i] >= classes) {
        throw new IllegalArgumentException("target " + targetIds[i] + " at position " + i
            + " outside [0, " + classes + ")");
      }
      tokens++;
    }
    if (tokens == 0) {
      return new LossAndGradient(0.0, withGradient ? logits.ulike().assign(0) : null, 0);
    }

    INDArray x = logits.reshape('c', rows, classes);
    boolean overwrite = inPlace && x.ordering() == 'c' && Shape.hasDefaultStridesForShape(x);
    // Everything the loss needs from the logits is read before a softmax in place overwrites them.
    double[] rowSums = labelSmoothing > 0 ? x.sum(1).toDoubleVector() : null;
    double[] targetLogits = new double[(int) rows];
    for (int i = 0; i < rows; i++) {
      targetLogits[i] = x.getDouble(i, targetIds[i]);
    }
    double[] rowMax = overwrite ? x.max(1).toDoubleVector() : null;
    INDArray probabilities = overwrite ? x : x.ulike();
    Nd4j.exec(new SoftMax(x, probabilities));

    double smoothing = labelSmoothing / classes;
    double loss = 0;
    for (int i = 0; i < rows; i++) {
      double weight = maskValues == null ? 1 : maskValues[i];
      if (weight == 0) {
        continue;
      }
      double logTarget = logProbability(x, probabilities, i, targetIds[i], targetLogits[i], rowMax, overwrite);
      double perToken = -(1 - labelSmoothing) * logTarget;
      if (labelSmoothing > 0) {
        // sum_j log p_j = sum_j x_j - classes * (x_t - log p_t)
        perToken -= smoothing * (rowSums[i] - classes * (targetLogits[i] - logTarget));
      }
      loss += weight * perToken;
    }
    loss /= tokens;
    if (!withGradient) {
      return new LossAndGradient(loss, null, tokens);
    }
    // gradient = (softmax - q) * weight / tokens, built in place in the probability buffer.
    if (maskValues == null) {
      probabilities.muli(1.0 / tokens);
      if (labelSmoothing > 0) {
        probabilities.subi(smoothing / tokens);
      }
    } else {
      double[] rowScale = new double[(int) rows];
      double[] rowShift = new double[(int) rows];
      for (int i = 0; i < rows; i++) {
        rowScale[i] = maskValues[i] / tokens;
        rowShift[i] = maskValues[i] * smoothing / tokens;
      }
      probabilities.muliColumnVector(Nd4j.createFromArray(rowScale).castTo(logits.dataType()));
      if (labelSmoothing > 0) {
        probabilities.subiColumnVector(Nd4j.createFromArray(rowShift).castTo(logits.dataType()));
      }
    }
    for (int i = 0; i < rows; i++) {
      double weight = maskValues == null ? 1 : maskValues[i];
      if (weight != 0) {
        probabilities.putScalar(i, targetIds[i],
            probabilities.getDouble(i, targetIds[i]) - weight * (1 - labelSmoothing) / tokens);
      }
    }
    return new LossAndGradient(loss, probabilities.reshape('c', logits.shape()), tokens);
  }

  /**
   * {@code log p_t} of row i: from the softmax output while it is a normal float; for a target
   * probability that underflowed, {@code (x_t - max) - log sum_j exp(x_j - max)} from the logits,
   * or after an in-place softmax {@code (x_t - max) + log p_max} (the largest probability is
   * {@code 1 / sum_j exp(x_j - max)}, never small).
   */
  private static double logProbability(INDArray logits, INDArray probabilities, int row, int target,
      double targetLogit, double[] rowMax, boolean overwritten) {
    double p = probabilities.getDouble(row, target);
    double smallest = probabilities.dataType() == DataType.DOUBLE ? Double.MIN_NORMAL : Float.MIN_NORMAL;
    if (p >= smallest) {
      return Math.log(p);
    }
    if (overwritten) {
      double largest = probabilities.getRow(row).maxNumber().doubleValue();
      return targetLogit - rowMax[row] + Math.log(largest);
    }
    double[] values = logits.getRow(row).dup().toDoubleVector();
    double max = Double.NEGATIVE_INFINITY;
    for (double v : values) {
      max = Math.max(max, v);
    }
    double sum = 0;
    for (double v : values) {
      sum += Math.exp(v - max);
    }
    return targetLogit - max - Math.log(sum);
  }
}
