package org.seq4j.corpus.batch;

import java.util.Arrays;
import java.util.List;

/**
 * Builds padded {@link TaggingBatch}es from encoded {@link TaggingExample}s.
 *
 * <p>Each batch allocates its arrays once and only writes the real positions: Java zero-fills new
 * arrays, which is exactly {@link Padding#PAD_ID} and mask 0. Either every example has character
 * ids or none has, so every batch has the same feature layout. Inference-safe: it never modifies
 * the examples or the index arrays it is given.
 */
public final class TaggingBatcher {

  private final List<TaggingExample> examples;
  private final boolean withChars;

  /**
   * @throws IllegalArgumentException if some examples have character ids and others do not
   */
  public TaggingBatcher(List<TaggingExample> examples) {
    this.examples = List.copyOf(examples);
    long withCharIds = this.examples.stream().filter(TaggingExample::hasCharIds).count();
    if (withCharIds != 0 && withCharIds != this.examples.size()) {
      throw new IllegalArgumentException(
          withCharIds + " of " + this.examples.size() + " examples have character ids: all or none must");
    }
    this.withChars = withCharIds > 0;
  }

  public int exampleCount() {
    return examples.size();
  }

  /** Lengths for the {@link BatchPlanner}. */
  public SequenceLengths lengths() {
    return SequenceLengths.ofTagging(examples);
  }

  /** All batches of a plan, in plan order. */
  public List<TaggingBatch> batches(BatchPlan plan) {
    return plan.build(this::batch);
  }

  /** Padding statistics of a plan, computed from lengths without building the batches. */
  public PaddingStats paddingStats(BatchPlan plan) {
    long real = 0;
    long padded = 0;
    for (int b = 0; b < plan.size(); b++) {
      int maxLength = SequenceLengths.MIN_TIME_STEPS;
      for (int example : plan.batchView(b)) {
        int length = examples.get(example).length();
        real += length;
        maxLength = Math.max(maxLength, length);
      }
      padded += (long) maxLength * plan.batchSize(b);
    }
    return new PaddingStats(plan.size(), real, padded);
  }

  /** One padded batch holding the given examples, row {@code r} = example {@code indices[r]}. */
  public TaggingBatch batch(int[] exampleIndices) {
    int rows = exampleIndices.length;
    if (rows == 0) {
      throw new IllegalArgumentException("a batch needs at least one example");
    }
    int[] lengths = new int[rows];
    int timeSteps = SequenceLengths.MIN_TIME_STEPS;
    int charsPerToken = 0;
    for (int r = 0; r < rows; r++) {
      TaggingExample example = examples.get(exampleIndices[r]);
      lengths[r] = example.length();
      timeSteps = Math.max(timeSteps, lengths[r]);
      charsPerToken = Math.max(charsPerToken, example.maxCharsPerToken());
    }
    int[] tokenIds = new int[rows * timeSteps];
    int[] tagIds = new int[rows * timeSteps];
    float[] mask = new float[rows * timeSteps];
    for (int r = 0; r < rows; r++) {
      TaggingExample example = examples.get(exampleIndices[r]);
      int offset = r * timeSteps;
      example.copyTokenIdsInto(tokenIds, offset);
      example.copyTagIdsInto(tagIds, offset);
      Arrays.fill(mask, offset, offset + lengths[r], Padding.REAL);
    }
    if (!withChars) {
      return new TaggingBatch(
          exampleIndices.clone(), lengths, timeSteps, tokenIds, tagIds, mask, 0, null, null);
    }
    charsPerToken = Math.max(SequenceLengths.MIN_TIME_STEPS, charsPerToken);
    int[] charIds = new int[rows * timeSteps * charsPerToken];
    float[] charMask = new float[charIds.length];
    for (int r = 0; r < rows; r++) {
      TaggingExample example = examples.get(exampleIndices[r]);
      for (int t = 0; t < lengths[r]; t++) {
        int offset = (r * timeSteps + t) * charsPerToken;
        int written = example.copyCharIdsInto(t, charIds, offset);
        Arrays.fill(charMask, offset, offset + written, Padding.REAL);
      }
    }
    return new TaggingBatch(
        exampleIndices.clone(),
        lengths,
        timeSteps,
        tokenIds,
        tagIds,
        mask,
        charsPerToken,
        charIds,
        charMask);
  }
}
