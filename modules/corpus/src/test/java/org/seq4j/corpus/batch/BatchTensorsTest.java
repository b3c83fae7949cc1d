package org.seq4j.corpus.batch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.MultiDataSet;

class BatchTensorsTest {

  private static final int NUM_TAGS = 5;
  private static final int TARGET_VOCAB = 30;

  private static final List<TaggingExample> TAGGING =
      List.of(
          new TaggingExample(new int[] {5, 6, 7}, new int[] {1, 2, 3}),
          new TaggingExample(new int[] {8}, new int[] {4}));

  @Test
  void taggingFeaturesAreFloatIndicesWithMasks() {
    TaggingBatch batch = new TaggingBatcher(TAGGING).batch(new int[] {0, 1});
    MultiDataSet data = BatchTensors.tagging(batch, TensorFormat.oneHot(NUM_TAGS));

    INDArray tokens = data.getFeatures(0);
    assertEquals(DataType.FLOAT, tokens.dataType());
    assertArrayEquals(new long[] {2, 3}, tokens.shape());
    assertEquals(6, tokens.getInt(0, 1));
    assertEquals(8, tokens.getInt(1, 0));
    assertEquals(Padding.PAD_ID, tokens.getInt(1, 2));

    INDArray mask = data.getFeaturesMaskArray(0);
    assertArrayEquals(new long[] {2, 3}, mask.shape());
    assertArrayEquals(new float[] {1, 1, 1, 1, 0, 0}, mask.reshape(6).toFloatVector());
    assertSame(mask, data.getLabelsMaskArray(0));
  }

  @Test
  void oneHotTagLabelsAreNcwAndZeroAtPadding() {
    TaggingBatch batch = new TaggingBatcher(TAGGING).batch(new int[] {0, 1});
    INDArray labels = BatchTensors.tagging(batch, TensorFormat.oneHot(NUM_TAGS)).getLabels(0);

    assertArrayEquals(new long[] {2, NUM_TAGS, 3}, labels.shape());
    assertEquals(1.0, labels.getDouble(0, 2, 1));
    assertEquals(1.0, labels.getDouble(0, 3, 2));
    assertEquals(1.0, labels.getDouble(1, 4, 0));
    // one hot per real step, nothing at padded steps
    INDArray perStep = labels.sum(1);
    assertArrayEquals(new float[] {1, 1, 1, 1, 0, 0}, perStep.reshape(6).toFloatVector());
  }

  @Test
  void sparseTagLabelsAreClassIndices() {
    TaggingBatch batch = new TaggingBatcher(TAGGING).batch(new int[] {0, 1});
    INDArray labels = BatchTensors.tagging(batch, TensorFormat.sparse(NUM_TAGS)).getLabels(0);
    assertArrayEquals(new long[] {2, 1, 3}, labels.shape());
    assertArrayEquals(new float[] {1, 2, 3, 4, 0, 0}, labels.reshape(6).toFloatVector());
  }

  @Test
  void characterIdsBecomeASecondFeatureWithItsOwnMask() {
    List<TaggingExample> examples =
        List.of(
            new TaggingExample(new int[] {5, 6}, new int[] {1, 1}, new int[][] {{10, 11}, {12}}),
            new TaggingExample(new int[] {7}, new int[] {2}, new int[][] {{13}}));
    MultiDataSet data =
        BatchTensors.tagging(
            new TaggingBatcher(examples).batch(new int[] {0, 1}), TensorFormat.sparse(NUM_TAGS));

    assertEquals(2, data.numFeatureArrays());
    INDArray chars = data.getFeatures(1);
    assertArrayEquals(new long[] {2, 2, 2}, chars.shape());
    assertEquals(11, chars.getInt(0, 0, 1));
    assertEquals(12, chars.getInt(0, 1, 0));
    assertEquals(Padding.PAD_ID, chars.getInt(1, 1, 0));
    INDArray charMask = data.getFeaturesMaskArray(1);
    assertArrayEquals(new float[] {1, 1, 1, 0, 1, 0, 0, 0}, charMask.reshape(8).toFloatVector());
  }

  @Test
  void seq2seqHasTwoInputsAndDecoderMaskedLabels() {
    List<Seq2SeqExample> pairs =
        List.of(
            new Seq2SeqExample(new int[] {10, 11, 12}, new int[] {20}),
            new Seq2SeqExample(new int[] {13}, new int[] {21, 22}));
    Seq2SeqBatch batch = new Seq2SeqBatcher(pairs, 2, 3).batch(new int[] {0, 1});
    MultiDataSet data = BatchTensors.seq2seq(batch, TensorFormat.oneHot(TARGET_VOCAB));

    assertEquals(2, data.numFeatureArrays());
    assertArrayEquals(new long[] {2, 3}, data.getFeatures(0).shape());
    assertArrayEquals(new long[] {2, 3}, data.getFeatures(1).shape());
    assertArrayEquals(new float[] {2, 20, 0, 2, 21, 22},
        data.getFeatures(1).reshape(6).toFloatVector());
    assertArrayEquals(new float[] {1, 1, 1, 1, 0, 0},
        data.getFeaturesMaskArray(0).reshape(6).toFloatVector());
    assertArrayEquals(new float[] {1, 1, 0, 1, 1, 1},
        data.getLabelsMaskArray(0).reshape(6).toFloatVector());

    INDArray labels = data.getLabels(0);
    assertArrayEquals(new long[] {2, TARGET_VOCAB, 3}, labels.shape());
    assertEquals(1.0, labels.getDouble(0, 20, 0));
    assertEquals(1.0, labels.getDouble(0, 3, 1));
    assertEquals(1.0, labels.getDouble(1, 3, 2));
    assertEquals(5.0, labels.sumNumber().doubleValue());

    INDArray sparse = BatchTensors.seq2seq(batch, TensorFormat.sparse(TARGET_VOCAB)).getLabels(0);
    assertArrayEquals(new float[] {20, 3, 0, 21, 22, 3}, sparse.reshape(6).toFloatVector());
  }

  @Test
  void rankThreeIndicesHoldTheSameData() {
    TaggingBatch batch = new TaggingBatcher(TAGGING).batch(new int[] {0, 1});
    TensorFormat format = TensorFormat.sparse(NUM_TAGS).withIndexShape(IndexShape.BATCH_ONE_TIME);
    MultiDataSet data = BatchTensors.tagging(batch, format);
    assertArrayEquals(new long[] {2, 1, 3}, data.getFeatures(0).shape());
    assertArrayEquals(new float[] {5, 6, 7, 8, 0, 0}, data.getFeatures(0).reshape(6).toFloatVector());
    assertArrayEquals(new long[] {2, 3}, data.getFeaturesMaskArray(0).shape());
  }

  @Test
  void classIdsOutsideTheLabelRangeAreRejected() {
    TaggingBatch batch = new TaggingBatcher(TAGGING).batch(new int[] {0, 1});
    assertThrows(
        IllegalArgumentException.class,
        () -> BatchTensors.tagging(batch, TensorFormat.oneHot(4)));
  }
}
