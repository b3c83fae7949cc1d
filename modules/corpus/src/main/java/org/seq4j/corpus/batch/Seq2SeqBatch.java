package org.seq4j.corpus.batch;

/**
 * A padded translation batch as plain Java arrays. The decoder side holds teacher-forcing input
 * {@code BOS y1 .. yn} and labels {@code y1 .. yn EOS}: both have {@code n + 1} real positions and
 * share {@code decoderMask}. 2-D data is flattened row-major ({@code r * timeSteps + t}).
 *
 * <p>A transfer object: the batcher fills fresh arrays for every batch and keeps no reference to
 * them, so the accessors hand out the arrays themselves; treat them as read-only.
 *
 * @param exampleIndices row {@code r} holds example {@code exampleIndices[r]}
 * @param sourceLengths real source length per row (0 for a kept empty source)
 * @param sourceTimeSteps padded source length, at least 1
 * @param sourceIds {@code [rows * sourceTimeSteps]}
 * @param sourceMask {@code [rows * sourceTimeSteps]}
 * @param decoderLengths target length + 1 per row
 * @param decoderTimeSteps padded decoder length
 * @param decoderInputIds {@code [rows * decoderTimeSteps]}: BOS then the target
 * @param labelIds {@code [rows * decoderTimeSteps]}: the target then EOS
 * @param decoderMask {@code [rows * decoderTimeSteps]}
 */
public record Seq2SeqBatch(
    int[] exampleIndices,
    int[] sourceLengths,
    int sourceTimeSteps,
    int[] sourceIds,
    float[] sourceMask,
    int[] decoderLengths,
    int decoderTimeSteps,
    int[] decoderInputIds,
    int[] labelIds,
    float[] decoderMask)
    implements PaddedBatch {

  @Override
  public int size() {
    return exampleIndices.length;
  }

  public int sourceId(int row, int time) {
    return sourceIds[row * sourceTimeSteps + time];
  }

  public int decoderInputId(int row, int time) {
    return decoderInputIds[row * decoderTimeSteps + time];
  }

  public int labelId(int row, int time) {
    return labelIds[row * decoderTimeSteps + time];
  }

  /** Source plus decoder positions with mask 1. */
  @Override
  public long realTokens() {
    long sum = 0;
    for (int i = 0; i < exampleIndices.length; i++) {
      sum += sourceLengths[i] + decoderLengths[i];
    }
    return sum;
  }

  /** Source plus decoder positions allocated. */
  @Override
  public long paddedSlots() {
    return (long) size() * (sourceTimeSteps + decoderTimeSteps);
  }
}
