package org.seq4j.corpus.batch;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.MultiDataSet;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Turns plain batches into ND4J {@link MultiDataSet}s with padding masks.
 *
 * <p><b>Index arrays are float32</b>, shape {@code [batch, time]} or {@code [batch, 1, time]}
 * ({@link IndexShape}). Float because DL4J networks run in FLOAT by default and feature, mask and
 * label arrays all share that type; DL4J's {@code EmbeddingSequenceLayer} reads float indices, and
 * a float represents every integer below 2^24 exactly, far above any vocabulary here. Masks are
 * float32 {@code [batch, time]} with 1 at real tokens, the layout DL4J's recurrent layers and
 * {@code RnnOutputLayer} use for feature and label masks alike.
 *
 * <p><b>Layouts.</b> Tagging: features {@code [tokenIds]} or {@code [tokenIds, charIds]} with
 * {@code charIds} as {@code [batch, time, charsPerToken]} (row-major, so viewing it as {@code
 * [batch * time, charsPerToken]} for a character encoder is free) and a character mask of the same
 * shape; labels {@code [tags]}; label mask = token mask. Translation: features {@code [sourceIds,
 * decoderInputIds]} with masks {@code [sourceMask, decoderMask]}; labels {@code [targets]} with
 * mask {@code decoderMask}: the usual two-input DL4J encoder-decoder graph.
 *
 * <p>Each array is filled once as a Java primitive array and copied into ND4J with one {@code
 * Nd4j.create} call: no per-element ND4J operations in the loop. The label mask is the same
 * {@code INDArray} object as the (token or decoder) feature mask.
 */
public final class BatchTensors {

  private static final char ROW_MAJOR = 'c';

  private BatchTensors() {}

  /** A tagging batch as a MultiDataSet. */
  public static MultiDataSet tagging(TaggingBatch batch, TensorFormat format) {
    int rows = batch.size();
    int time = batch.timeSteps();
    INDArray tokens = indices(batch.tokenIds(), rows, time, format.indexShape());
    INDArray mask = mask(batch.mask(), rows, time);
    INDArray labels = labels(batch.tagIds(), batch.mask(), rows, time, format);
    if (!batch.hasCharIds()) {
      return new MultiDataSet(
          new INDArray[] {tokens}, new INDArray[] {labels},
          new INDArray[] {mask}, new INDArray[] {mask});
    }
    long[] charShape = {rows, time, batch.charsPerToken()};
    INDArray chars = Nd4j.create(toFloat(batch.charIds()), charShape, ROW_MAJOR);
    INDArray charMask = Nd4j.create(batch.charMask(), charShape, ROW_MAJOR);
    return new MultiDataSet(
        new INDArray[] {tokens, chars}, new INDArray[] {labels},
        new INDArray[] {mask, charMask}, new INDArray[] {mask});
  }

  /** A translation batch as a MultiDataSet; {@code numClasses} is the target vocabulary size. */
  public static MultiDataSet seq2seq(Seq2SeqBatch batch, TensorFormat format) {
    int rows = batch.size();
    int sourceTime = batch.sourceTimeSteps();
    int decoderTime = batch.decoderTimeSteps();
    INDArray source = indices(batch.sourceIds(), rows, sourceTime, format.indexShape());
    INDArray sourceMask = mask(batch.sourceMask(), rows, sourceTime);
    INDArray decoderInput =
        indices(batch.decoderInputIds(), rows, decoderTime, format.indexShape());
    INDArray decoderMask = mask(batch.decoderMask(), rows, decoderTime);
    INDArray labels = labels(batch.labelIds(), batch.decoderMask(), rows, decoderTime, format);
    return new MultiDataSet(
        new INDArray[] {source, decoderInput}, new INDArray[] {labels},
        new INDArray[] {sourceMask, decoderMask}, new INDArray[] {decoderMask});
  }

  /** Float index array from row-major ids {@code [rows * time]}. */
  public static INDArray indices(int[] ids, int rows, int time, IndexShape shape) {
    return Nd4j.create(toFloat(ids), shape.shape(rows, time), ROW_MAJOR);
  }

  /** Float mask {@code [rows, time]} from a row-major mask. */
  public static INDArray mask(float[] mask, int rows, int time) {
    return Nd4j.create(mask, new long[] {rows, time}, ROW_MAJOR);
  }

  /**
   * Label array in the format's encoding from row-major ids {@code [rows * time]}.
   *
   * @throws IllegalArgumentException if a real (mask 1) position holds an id outside {@code [0,
   *     numClasses)}
   */
  public static INDArray labels(int[] ids, float[] mask, int rows, int time, TensorFormat format) {
    int numClasses = format.numClasses();
    checkClassIds(ids, mask, numClasses);
    if (format.labelEncoding() == LabelEncoding.SPARSE) {
      return Nd4j.create(toFloat(ids), new long[] {rows, 1, time}, ROW_MAJOR);
    }
    float[] oneHot = new float[rows * numClasses * time];
    for (int r = 0; r < rows; r++) {
      for (int t = 0; t < time; t++) {
        int position = r * time + t;
        if (mask[position] != Padding.PADDED) {
          oneHot[(r * numClasses + ids[position]) * time + t] = Padding.REAL;
        }
      }
    }
    return Nd4j.create(oneHot, new long[] {rows, numClasses, time}, ROW_MAJOR);
  }

  private static void checkClassIds(int[] ids, float[] mask, int numClasses) {
    for (int i = 0; i < ids.length; i++) {
      if (mask[i] != Padding.PADDED && (ids[i] < 0 || ids[i] >= numClasses)) {
        throw new IllegalArgumentException(
            "class id " + ids[i] + " outside [0, " + numClasses + ") at flat position " + i);
      }
    }
  }

  private static float[] toFloat(int[] values) {
    float[] floats = new float[values.length];
    for (int i = 0; i < values.length; i++) {
      floats[i] = values[i];
    }
    return floats;
  }
}
