package org.seq4j.corpus.batch;

import java.util.List;
import java.util.Objects;

/**
 * What the {@link BatchPlanner} needs to know about each example: the number of time steps it
 * occupies in a padded batch, a secondary length to break ties when sorting, and whether it is
 * empty (see {@link EmptySequencePolicy}).
 *
 * <p>Kept separate from the examples so planning works for any kind of example, including a
 * custom model's, and so it does no per-example allocation. Arrays are copied on construction.
 *
 * @param paddedLengths time steps an example needs in a batch; at least 1 (an empty sequence still
 *     occupies one masked step)
 * @param tieBreakLengths secondary sort key among equal {@code paddedLengths}
 * @param empty whether the example has a zero-length sequence
 */
public record SequenceLengths(int[] paddedLengths, int[] tieBreakLengths, boolean[] empty) {

  /** Minimum time steps of any batch: recurrent layers cannot run over zero steps. */
  public static final int MIN_TIME_STEPS = 1;

  public SequenceLengths {
    Objects.requireNonNull(paddedLengths, "paddedLengths");
    Objects.requireNonNull(tieBreakLengths, "tieBreakLengths");
    Objects.requireNonNull(empty, "empty");
    if (tieBreakLengths.length != paddedLengths.length || empty.length != paddedLengths.length) {
      throw new IllegalArgumentException("length arrays differ in size");
    }
    for (int length : paddedLengths) {
      if (length < MIN_TIME_STEPS) {
        throw new IllegalArgumentException("padded lengths must be at least 1, got " + length);
      }
    }
    paddedLengths = paddedLengths.clone();
    tieBreakLengths = tieBreakLengths.clone();
    empty = empty.clone();
  }

  /** Lengths of plain sequences, e.g. a custom model's; 0 means empty. */
  public static SequenceLengths of(int[] lengths) {
    int[] padded = new int[lengths.length];
    boolean[] empty = new boolean[lengths.length];
    for (int i = 0; i < lengths.length; i++) {
      if (lengths[i] < 0) {
        throw new IllegalArgumentException("negative length " + lengths[i] + " at " + i);
      }
      padded[i] = Math.max(MIN_TIME_STEPS, lengths[i]);
      empty[i] = lengths[i] == 0;
    }
    return new SequenceLengths(padded, lengths, empty);
  }

  /** Token counts of tagging examples. */
  public static SequenceLengths ofTagging(List<TaggingExample> examples) {
    int[] lengths = new int[examples.size()];
    for (int i = 0; i < lengths.length; i++) {
      lengths[i] = examples.get(i).length();
    }
    return of(lengths);
  }

  /**
   * Translation pairs: an example needs {@code max(source, target + 1)} steps (the decoder sees
   * BOS + target, the labels target + EOS); ties are broken by source then target length. A pair
   * is empty when either side is.
   */
  public static SequenceLengths ofSeq2Seq(List<Seq2SeqExample> examples) {
    int n = examples.size();
    int[] padded = new int[n];
    int[] tieBreak = new int[n];
    boolean[] empty = new boolean[n];
    for (int i = 0; i < n; i++) {
      Seq2SeqExample example = examples.get(i);
      int decoderLength = example.targetLength() + Seq2SeqBatcher.SPECIAL_TOKENS_PER_SIDE;
      padded[i] = Math.max(Math.max(MIN_TIME_STEPS, example.sourceLength()), decoderLength);
      tieBreak[i] = example.sourceLength();
      empty[i] = example.sourceLength() == 0 || example.targetLength() == 0;
    }
    return new SequenceLengths(padded, tieBreak, empty);
  }

  public int size() {
    return paddedLengths.length;
  }

  int paddedLength(int example) {
    return paddedLengths[example];
  }

  int tieBreakLength(int example) {
    return tieBreakLengths[example];
  }

  boolean isEmpty(int example) {
    return empty[example];
  }

  @Override
  public int[] paddedLengths() {
    return paddedLengths.clone();
  }

  @Override
  public int[] tieBreakLengths() {
    return tieBreakLengths.clone();
  }

  @Override
  public boolean[] empty() {
    return empty.clone();
  }
}
