package org.seq4j.nn.layers;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

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
 * <p>Cost: one {@code [rows, classes]} buffer and five passes over it ({@code max}, subtract,
 * {@code exp}, row sums, scale; a sixth row sum with smoothing); target entries are read and
 * corrected one by one and the loss is summed on the host in double. Earlier versions built a
 * one-hot matrix and log-probabilities, about fourteen passes and four buffers of that size, which
 * dominated a seq2seq step with an 8000-word vocabulary.
 *
 * <p>Stateless; never modifies its arguments; works in the logits' data type.
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
    return compute(logits, targets, mask, false).loss();
  }

  /** The mean loss per real token and its gradient with respect to {@code logits}. */
  public LossAndGradient lossAndGradient(INDArray logits, INDArray targets, INDArray mask) {
    return compute(logits, targets, mask, true);
  }

  private LossAndGradient compute(INDArray logits, INDArray targets, INDArray mask, boolean withGradient) {
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
    // One [rows, classes] buffer goes x - max -> exp -> gradient; everything per row is host-side.
    INDArray work = x.subColumnVector(x.max(1));
    INDArray flat = work.reshape('c', new long[] {rows * classes});
    double[] targetShifted = new double[(int) rows];
    for (int i = 0; i < rows; i++) {
      targetShifted[i] = flat.getDouble((long) i * classes + targetIds[i]);
    }
    double[] shiftedSums = labelSmoothing > 0 ? work.sum(1).toDoubleVector() : null;
    Transforms.exp(work, false);
    double[] partition = work.sum(1).toDoubleVector();

    double smoothing = labelSmoothing / classes;
    double loss = 0;
    for (int i = 0; i < rows; i++) {
      double weight = maskValues == null ? 1 : maskValues[i];
      if (weight == 0) {
        continue;
      }
      double logPartition = Math.log(partition[i]);
      double perToken = -(1 - labelSmoothing) * (targetShifted[i] - logPartition);
      if (labelSmoothing > 0) {
        perToken -= smoothing * (shiftedSums[i] - classes * logPartition);
      }
      loss += weight * perToken;
    }
    loss /= tokens;
    if (!withGradient) {
      return new LossAndGradient(loss, null, tokens);
    }
    // gradient = (softmax - q) * weight / tokens, built in place in the exp buffer.
    double[] rowScale = new double[(int) rows];
    double[] rowShift = new double[(int) rows];
    for (int i = 0; i < rows; i++) {
      double weight = maskValues == null ? 1 : maskValues[i];
      rowScale[i] = weight / (tokens * partition[i]);
      rowShift[i] = weight * smoothing / tokens;
    }
    work.muliColumnVector(Nd4j.createFromArray(rowScale).castTo(logits.dataType()));
    if (labelSmoothing > 0) {
      work.subiColumnVector(Nd4j.createFromArray(rowShift).castTo(logits.dataType()));
    }
    for (int i = 0; i < rows; i++) {
      double weight = maskValues == null ? 1 : maskValues[i];
      if (weight != 0) {
        long at = (long) i * classes + targetIds[i];
        flat.putScalar(at, flat.getDouble(at) - weight * (1 - labelSmoothing) / tokens);
      }
    }
    return new LossAndGradient(loss, work.reshape('c', logits.shape()), tokens);
  }
}
