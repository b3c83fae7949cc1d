package org.seq4j.tagger.model;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.seq4j.nn.param.ParameterSet;

/**
 * The last stage of a tagger: a training loss over tag scores {@code [batch, time, numTags]} and a
 * decoder from scores to tag ids. {@link SoftmaxOutput} scores each token alone; {@link CrfOutput}
 * scores whole tag sequences.
 */
public interface TagOutput {

  /** Parameters of the output itself (none for softmax). */
  ParameterSet parameters();

  /**
   * The loss on the batch's gold tags and its gradient with respect to the scores; adds the
   * gradients of {@link #parameters()}.
   */
  Loss lossAndGradient(INDArray scores, NetworkBatch batch);

  /**
   * The loss per real token on the batch's gold tags (as {@link Loss#perToken}), without gradient
   * work; 0 for a batch without real tokens. Reads parameters only (dev evaluation).
   */
  double loss(INDArray scores, NetworkBatch batch);

  /** Best tag ids per row, trimmed to each row's length. Reads parameters only. */
  int[][] decode(INDArray scores, NetworkBatch batch);

  /**
   * A batch loss.
   *
   * @param perToken loss per real token (for logging and the epoch mean)
   * @param gradient gradient of the optimised loss with respect to the scores, {@code null} when
   *     the batch has no real token
   * @param tokens real tokens in the batch
   */
  record Loss(double perToken, INDArray gradient, long tokens) {}
}
