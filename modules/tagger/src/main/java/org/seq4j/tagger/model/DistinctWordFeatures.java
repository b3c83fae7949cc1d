package org.seq4j.tagger.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.scatter.ScatterAdd;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.seq4j.corpus.batch.Padding;

/**
 * Character features of a batch's token positions, computed once per distinct word: the
 * {@link DistinctWords} rows go through the {@link CharFeatureEncoder} in {@link LengthGroups},
 * and each position gathers its word's row ({@code [positions, outputSize]}, zeros at padding).
 * Backward is the transpose of the gather: position gradients are scatter-added onto their word's
 * row (so a word used {@code k} times gets the sum of its {@code k} gradients, exactly what the
 * encoder would have accumulated over {@code k} copies), then each group runs the encoder's
 * backward once.
 *
 * <p>Stateless: a forward returns a {@link Pass} holding what backward needs, so inference is
 * thread-safe like the encoder itself.
 */
final class DistinctWordFeatures {

  /**
   * {@code scatter_add}'s "lock" flag: rows are added one after another, in position order, so
   * repeated words do not race and the sum is deterministic.
   */
  private static final boolean SERIAL_SCATTER = true;

  private final CharFeatureEncoder encoder;

  DistinctWordFeatures(CharFeatureEncoder encoder) {
    this.encoder = encoder;
  }

  int outputSize() {
    return encoder.outputSize();
  }

  /** Features {@code [positions, outputSize]} of every position of the batch, in {@code dataType}. */
  Pass forward(DistinctWords words, DataType dataType, boolean training) {
    List<LengthGroups.Group> groups = LengthGroups.split(words, encoder::forwardCost);
    int padding = words.size();
    // One extra, all-zero row that padding positions read.
    INDArray distinct = Nd4j.zeros(dataType, padding + 1L, outputSize());
    List<CharFeatureEncoder.Pass> passes = new ArrayList<>(groups.size());
    for (LengthGroups.Group group : groups) {
      CharFeatureEncoder.Pass pass = encoder.forward(charIds(words, group), charMask(words, group, dataType),
          training);
      rows(distinct, group).assign(pass.output());
      passes.add(pass);
    }
    int[] source = words.rowOfPositionView().clone();
    for (int p = 0; p < source.length; p++) {
      if (source[p] == DistinctWords.NO_ROW) {
        source[p] = padding;
      }
    }
    INDArray gathered = Nd4j.pullRows(distinct, 1, source);
    return new Pass(gathered, groups, passes, source, padding + 1);
  }

  /** Accumulates the encoder's parameter gradients for {@code gradOutput [positions, outputSize]}. */
  void backward(Pass pass, INDArray gradOutput) {
    INDArray gradDistinct = Nd4j.zeros(gradOutput.dataType(), pass.distinctRows, outputSize());
    INDArray gradRows = gradOutput.reshape('c', pass.source.length, outputSize());
    ScatterAdd scatter = new ScatterAdd(gradDistinct, Nd4j.createFromArray(pass.source), gradRows);
    scatter.addOutputArgument(gradDistinct);
    scatter.addBArgument(SERIAL_SCATTER);
    Nd4j.exec(scatter);
    for (int g = 0; g < pass.groups.size(); g++) {
      encoder.backward(pass.passes.get(g), rows(gradDistinct, pass.groups.get(g)).dup('c'));
    }
  }

  private static INDArray rows(INDArray matrix, LengthGroups.Group group) {
    return matrix.get(NDArrayIndex.interval(group.from(), group.to()), NDArrayIndex.all());
  }

  private static INDArray charIds(DistinctWords words, LengthGroups.Group group) {
    int[] ids = new int[group.size() * group.width()];
    for (int r = 0; r < group.size(); r++) {
      int[] word = words.charIds(group.from() + r);
      System.arraycopy(word, 0, ids, r * group.width(), word.length);
    }
    return Nd4j.createFromArray(ids).reshape('c', group.size(), group.width());
  }

  private static INDArray charMask(DistinctWords words, LengthGroups.Group group, DataType dataType) {
    float[] mask = new float[group.size() * group.width()];
    for (int r = 0; r < group.size(); r++) {
      Arrays.fill(mask, r * group.width(), r * group.width() + words.length(group.from() + r), Padding.REAL);
    }
    INDArray floats = Nd4j.createFromArray(mask).reshape('c', group.size(), group.width());
    return floats.dataType() == dataType ? floats : floats.castTo(dataType);
  }

  /** A forward's result: {@link #output()} plus what backward needs. */
  static final class Pass {
    private final INDArray output;
    private final List<LengthGroups.Group> groups;
    private final List<CharFeatureEncoder.Pass> passes;
    private final int[] source;
    private final int distinctRows;

    private Pass(INDArray output, List<LengthGroups.Group> groups, List<CharFeatureEncoder.Pass> passes,
        int[] source, int distinctRows) {
      this.output = output;
      this.groups = groups;
      this.passes = passes;
      this.source = source;
      this.distinctRows = distinctRows;
    }

    /** {@code [positions, outputSize]}: each position's word features, zeros at padding. */
    INDArray output() {
      return output;
    }
  }
}
