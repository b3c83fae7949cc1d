package org.seq4j.nn.layers;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

class EmbeddingTest {

  private static final int VOCAB = 6;
  private static final int DIM = 3;
  private static final int PAD = 0;
  /** Repeated ids (4 three times) check that scatter-add sums duplicates. */
  private static final int[][] IDS = {{4, 2, 4, 0}, {1, 4, 0, 0}};

  private final INDArray ids = Nd4j.createFromArray(IDS);

  @Test
  void forwardLooksUpRows() {
    Embedding e = Embedding.random("emb", VOCAB, DIM, Embedding.NO_PADDING, 1.0, DataType.DOUBLE, 1);
    INDArray out = e.forward(ids);
    assertArrayEquals(new long[] {2, 4, DIM}, out.shape());
    for (int b = 0; b < IDS.length; b++) {
      for (int t = 0; t < IDS[b].length; t++) {
        assertEquals(e.weight().value().getRow(IDS[b][t]), out.get(
            org.nd4j.linalg.indexing.NDArrayIndex.point(b), org.nd4j.linalg.indexing.NDArrayIndex.point(t),
            org.nd4j.linalg.indexing.NDArrayIndex.all()));
      }
    }
  }

  /** FLOAT tables copy rows through Java memory; the result is the ND4J row gather, exactly. */
  @Test
  void floatLookupMatchesPullRows() {
    Embedding e = Embedding.random("emb", VOCAB, DIM, Embedding.NO_PADDING, 1.0, DataType.FLOAT, 5);
    INDArray ids = Nd4j.createFromArray(new int[][] {{3, 0, 3}, {VOCAB - 1, 2, 1}});
    INDArray expected = Nd4j.pullRows(e.weight().value(), 1, new int[] {3, 0, 3, VOCAB - 1, 2, 1}).reshape(2, 3, DIM);
    assertEquals(expected, e.forward(ids));
    assertEquals(expected, e.forward(ids.transpose().dup().transpose()));
  }

  @Test
  void gradientMatchesFiniteDifferencesWithRepeatedIds() {
    Embedding e = Embedding.random("emb", VOCAB, DIM, Embedding.NO_PADDING, 1.0, DataType.DOUBLE, 2);
    INDArray probe = Nd4j.rand(Nd4j.getRandomFactory().getNewRandomInstance(3), 2, 4, DIM).castTo(DataType.DOUBLE);
    e.backward(ids, probe);
    FiniteDifferences.check("weight", e.weight().value(), e.weight().gradient(),
        () -> e.forward(ids).mul(probe).sumNumber().doubleValue());
  }

  @Test
  void backwardAccumulates() {
    Embedding e = Embedding.random("emb", VOCAB, DIM, Embedding.NO_PADDING, 1.0, DataType.DOUBLE, 2);
    INDArray probe = Nd4j.ones(DataType.DOUBLE, 2, 4, DIM);
    e.backward(ids, probe);
    e.backward(ids, probe);
    // id 4 occurs three times per call.
    assertEquals(6.0, e.weight().gradient().getDouble(4, 0), 0.0);
    assertEquals(0.0, e.weight().gradient().getDouble(5, 0), 0.0);
  }

  @Test
  void paddingRowStaysZeroAndGetsNoGradient() {
    Embedding e = Embedding.random("emb", VOCAB, DIM, PAD, 1.0, DataType.FLOAT, 4);
    assertEquals(0.0, e.weight().value().getRow(PAD).norm2Number().doubleValue(), 0.0);
    e.backward(ids, Nd4j.ones(DataType.FLOAT, 2, 4, DIM));
    assertEquals(0.0, e.weight().gradient().getRow(PAD).norm2Number().doubleValue(), 0.0);
    assertEquals(1.0, e.weight().gradient().getDouble(2, 1), 0.0);
  }

  @Test
  void frozenPretrainedTableHasNoGradientAndNoTrainableParameters() {
    float[] matrix = new float[VOCAB * DIM];
    for (int i = 0; i < matrix.length; i++) {
      matrix[i] = i * 0.5f;
    }
    Embedding e = Embedding.pretrained("glove", matrix, VOCAB, DIM, Embedding.NO_PADDING, true, DataType.FLOAT);
    assertEquals(1, e.parameters().list().size());
    assertEquals(0, e.trainableParameters().list().size());
    assertEquals(matrix[DIM * 4 + 2], e.forward(ids).getFloat(0, 0, 2), 0.0f);
    e.backward(ids, Nd4j.ones(DataType.FLOAT, 2, 4, DIM));
    assertEquals(0.0, e.weight().gradient().sumNumber().doubleValue(), 0.0);
    matrix[0] = 99f;
    assertEquals(0f, e.weight().value().getFloat(0, 0), 0.0f, "the matrix is copied");
  }

  @Test
  void seededInitialisationIsReproducible() {
    INDArray a = Embedding.random("e", VOCAB, DIM, PAD, 1.0, DataType.FLOAT, 7).weight().value();
    INDArray b = Embedding.random("e", VOCAB, DIM, PAD, 1.0, DataType.FLOAT, 7).weight().value();
    assertEquals(a, b);
  }

  @Test
  void rejectsIdsOutsideTheVocabulary() {
    Embedding e = Embedding.random("emb", VOCAB, DIM, PAD, 1.0, DataType.FLOAT, 1);
    assertThrows(IllegalArgumentException.class, () -> e.forward(Nd4j.createFromArray(new int[][] {{VOCAB}})));
  }
}
