package org.seq4j.corpus.batch;

import java.util.Objects;

/**
 * How plain batches become ND4J arrays: label encoding, number of label classes, and the shape of
 * index arrays. See {@link BatchTensors} for the full layout.
 *
 * @param labelEncoding one-hot or sparse labels
 * @param numClasses tag count or target vocabulary size; labels at real positions must lie in
 *     {@code [0, numClasses)}
 * @param indexShape shape of feature index arrays
 */
public record TensorFormat(LabelEncoding labelEncoding, int numClasses, IndexShape indexShape) {

  public TensorFormat {
    Objects.requireNonNull(labelEncoding, "labelEncoding");
    Objects.requireNonNull(indexShape, "indexShape");
    if (numClasses <= 0) {
      throw new IllegalArgumentException("number of classes must be positive, got " + numClasses);
    }
  }

  /** One-hot {@code [batch, numClasses, time]} labels, {@code [batch, time]} indices. */
  public static TensorFormat oneHot(int numClasses) {
    return new TensorFormat(LabelEncoding.ONE_HOT, numClasses, IndexShape.BATCH_TIME);
  }

  /** Sparse {@code [batch, 1, time]} labels, {@code [batch, time]} indices. */
  public static TensorFormat sparse(int numClasses) {
    return new TensorFormat(LabelEncoding.SPARSE, numClasses, IndexShape.BATCH_TIME);
  }

  public TensorFormat withIndexShape(IndexShape newShape) {
    return new TensorFormat(labelEncoding, numClasses, newShape);
  }
}
