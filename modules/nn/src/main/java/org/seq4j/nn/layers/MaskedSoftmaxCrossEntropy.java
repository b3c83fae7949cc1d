package org.seq4j.nn.layers;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.shape.OneHot;
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
    INDArray shifted = x.subColumnVector(x.max(1));
    INDArray probabilities = Transforms.exp(shifted, true);
    INDArray partition = probabilities.sum(1);
    INDArray logProbabilities = shifted.subiColumnVector(Transforms.log(partition, true));
    INDArray oneHot = Nd4j.exec(new OneHot(Nd4j.createFromArray(targetIds), classes, -1, 1.0, 0.0,
        logits.dataType()))[0];
    INDArray weights = maskValues == null
        ? Nd4j.ones(logits.dataType(), rows)
        : Nd4j.createFromArray(maskValues).castTo(logits.dataType());

    double smoothing = labelSmoothing / classes;
    INDArray targetLogProb = oneHot.mul(logProbabilities).sum(1);
    INDArray perToken = targetLogProb.muli(-(1 - labelSmoothing));
    if (labelSmoothing > 0) {
      perToken.subi(logProbabilities.sum(1).muli(smoothing));
    }
    double loss = perToken.muli(weights).sumNumber().doubleValue() / tokens;
    if (!withGradient) {
      return new LossAndGradient(loss, null, tokens);
    }
    INDArray gradient = probabilities.diviColumnVector(partition)
        .subi(oneHot.muli(1 - labelSmoothing))
        .subi(smoothing)
        .muliColumnVector(weights.divi(tokens));
    return new LossAndGradient(loss, gradient.reshape('c', logits.shape()), tokens);
  }
}
