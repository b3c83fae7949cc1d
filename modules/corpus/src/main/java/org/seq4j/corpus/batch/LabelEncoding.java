package org.seq4j.corpus.batch;

/**
 * How class labels (tags, target tokens) appear in a {@code MultiDataSet}.
 *
 * <p>Both are float arrays, like every DL4J label array. Padded positions are all-zero (one-hot)
 * or {@link Padding#PAD_ID} (sparse), and always masked by the label mask.
 */
public enum LabelEncoding {
  /**
   * One-hot {@code [batch, numClasses, time]} (NCW), what DL4J's {@code RnnOutputLayer} with
   * {@code LossMCXENT} expects. Memory grows with the class count: for a large target vocabulary
   * prefer {@link #SPARSE}.
   */
  ONE_HOT,
  /**
   * Class indices {@code [batch, 1, time]}: the shape DL4J's {@code RnnOutputLayer} reshapes to the
   * {@code [batch * time, 1]} that {@code LossSparseMCXENT} expects (checked: an embedding-LSTM
   * tagger trains to full accuracy with either encoding); a custom CRF or softmax loss can view it
   * as {@code [batch, time]} with a free reshape.
   */
  SPARSE
}
