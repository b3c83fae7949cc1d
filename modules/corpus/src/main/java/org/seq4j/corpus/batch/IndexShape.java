package org.seq4j.corpus.batch;

/**
 * Shape of the float index arrays (token ids, source ids, decoder input ids) in a {@code
 * MultiDataSet}. Both hold the same row-major data; a model can switch between them with a free
 * reshape.
 *
 * <p>DL4J 1.0.0-M2.1's {@code EmbeddingSequenceLayer} accepts both (it checks for exactly these
 * two), with a {@code [batch, time]} mask. Graph vertices that read the time length from a
 * network input, such as {@code DuplicateToTimeSeriesVertex} in the classic DL4J encoder-decoder,
 * need the rank-3 form: with {@code [batch, time]} they fail with "cannot get size of dimension 2
 * for rank 2 NDArray" (seen when checking this package against a two-input graph).
 */
public enum IndexShape {
  /** {@code [batch, time]}: what a custom model or CRF most naturally indexes. */
  BATCH_TIME,
  /** {@code [batch, 1, time]}: DL4J's recurrent input convention with one feature. */
  BATCH_ONE_TIME;

  long[] shape(int rows, int time) {
    return this == BATCH_TIME ? new long[] {rows, time} : new long[] {rows, 1, time};
  }
}
