package org.seq4j.corpus.batch;

import java.util.Arrays;
import java.util.Objects;

/**
 * One encoded translation pair: source ids and target ids, both without BOS/EOS (the {@link
 * Seq2SeqBatcher} adds them when it builds decoder inputs and labels).
 *
 * <p>Immutable: the constructor copies the arrays and the accessors return copies; the batcher
 * reads through package-private copy methods to avoid paying for those copies. Either side may be
 * empty; see {@link EmptySequencePolicy}.
 *
 * @param sourceIds encoder input ids
 * @param targetIds target ids y, without BOS and EOS
 */
public record Seq2SeqExample(int[] sourceIds, int[] targetIds) {

  public Seq2SeqExample {
    sourceIds = Objects.requireNonNull(sourceIds, "sourceIds").clone();
    targetIds = Objects.requireNonNull(targetIds, "targetIds").clone();
  }

  public int sourceLength() {
    return sourceIds.length;
  }

  public int targetLength() {
    return targetIds.length;
  }

  @Override
  public int[] sourceIds() {
    return sourceIds.clone();
  }

  @Override
  public int[] targetIds() {
    return targetIds.clone();
  }

  void copySourceIdsInto(int[] destination, int offset) {
    System.arraycopy(sourceIds, 0, destination, offset, sourceIds.length);
  }

  void copyTargetIdsInto(int[] destination, int offset) {
    System.arraycopy(targetIds, 0, destination, offset, targetIds.length);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Seq2SeqExample that
        && Arrays.equals(sourceIds, that.sourceIds)
        && Arrays.equals(targetIds, that.targetIds);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(sourceIds) + Arrays.hashCode(targetIds);
  }

  @Override
  public String toString() {
    return "Seq2SeqExample[sourceIds="
        + Arrays.toString(sourceIds)
        + ", targetIds="
        + Arrays.toString(targetIds)
        + "]";
  }
}
