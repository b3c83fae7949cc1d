package org.seq4j.tagger.model;

import java.util.Arrays;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.seq4j.nn.layers.LossAndGradient;
import org.seq4j.nn.layers.MaskedSoftmaxCrossEntropy;
import org.seq4j.nn.layers.RowArgMax;
import org.seq4j.nn.param.ParameterSet;

/** Per-token softmax: mean cross-entropy over real tokens, decoded by argmax. Stateless. */
public final class SoftmaxOutput implements TagOutput {

  private static final double NO_LABEL_SMOOTHING = 0.0;
  private static final int TAG_AXIS = 2;

  private final MaskedSoftmaxCrossEntropy loss = new MaskedSoftmaxCrossEntropy(NO_LABEL_SMOOTHING);

  @Override
  public ParameterSet parameters() {
    return new ParameterSet();
  }

  @Override
  public Loss lossAndGradient(INDArray scores, NetworkBatch batch) {
    LossAndGradient result = loss.lossAndGradient(scores, batch.tagIds(), batch.mask());
    return new Loss(result.loss(), result.tokens() == 0 ? null : result.gradient(), result.tokens());
  }

  @Override
  public double loss(INDArray scores, NetworkBatch batch) {
    return loss.loss(scores, batch.tagIds(), batch.mask());
  }

  /** Argmax per position (the first tag on ties), read from the host in one pass over the scores. */
  @Override
  public int[][] decode(INDArray scores, NetworkBatch batch) {
    int rows = batch.batchSize();
    int time = batch.timeSteps();
    int[] best = RowArgMax.of(scores.reshape('c', (long) rows * time, scores.size(TAG_AXIS)));
    int[][] paths = new int[rows][];
    for (int row = 0; row < rows; row++) {
      paths[row] = Arrays.copyOfRange(best, row * time, row * time + batch.lengths()[row]);
    }
    return paths;
  }
}
