package org.seq4j.corpus.batch;

/**
 * A padded tagging batch as plain Java arrays, for models that do not want a {@code
 * MultiDataSet}. All 2-D data is flattened row-major: position {@code t} of row {@code r} is at
 * {@code r * timeSteps + t}; character data is {@code [row, time, char]} flattened the same way.
 *
 * <p>A transfer object: the batcher fills fresh arrays for every batch and keeps no reference to
 * them, so the accessors hand out the arrays themselves instead of copying them on every read
 * (batches are built in the training loop). Treat them as read-only.
 *
 * @param exampleIndices row {@code r} holds example {@code exampleIndices[r]}
 * @param lengths real length of each row (0 for a kept empty sentence)
 * @param timeSteps padded length, at least {@link SequenceLengths#MIN_TIME_STEPS}
 * @param tokenIds {@code [rows * timeSteps]}, {@link Padding#PAD_ID} at padded positions
 * @param tagIds {@code [rows * timeSteps]}, {@link Padding#PAD_ID} at padded positions
 * @param mask {@code [rows * timeSteps]}, 1 for real tokens and 0 for padding
 * @param charsPerToken padded characters per token (0 when the batch has no character ids)
 * @param charIds {@code [rows * timeSteps * charsPerToken]} or {@code null}
 * @param charMask same shape as {@code charIds}, 1 for real characters, or {@code null}
 */
public record TaggingBatch(
    int[] exampleIndices,
    int[] lengths,
    int timeSteps,
    int[] tokenIds,
    int[] tagIds,
    float[] mask,
    int charsPerToken,
    int[] charIds,
    float[] charMask)
    implements PaddedBatch {

  @Override
  public int size() {
    return exampleIndices.length;
  }

  public boolean hasCharIds() {
    return charIds != null;
  }

  public int tokenId(int row, int time) {
    return tokenIds[row * timeSteps + time];
  }

  public int tagId(int row, int time) {
    return tagIds[row * timeSteps + time];
  }

  public float mask(int row, int time) {
    return mask[row * timeSteps + time];
  }

  public int charId(int row, int time, int charIndex) {
    return charIds[(row * timeSteps + time) * charsPerToken + charIndex];
  }

  @Override
  public long realTokens() {
    long sum = 0;
    for (int length : lengths) {
      sum += length;
    }
    return sum;
  }

  @Override
  public long paddedSlots() {
    return (long) size() * timeSteps;
  }
}
