package org.seq4j.corpus.batch;

import java.util.Arrays;
import java.util.List;

/**
 * Builds padded {@link Seq2SeqBatch}es from encoded {@link Seq2SeqExample}s, shifting the target
 * for teacher forcing: decoder input {@code BOS + y}, labels {@code y + EOS}.
 *
 * <p>BOS and EOS ids come from the caller's vocabulary rather than being fixed here, so the
 * batcher works with any vocabulary layout; only {@link Padding#PAD_ID} is fixed, and BOS/EOS
 * must differ from it (otherwise a real BOS would be indistinguishable from padding). Each batch
 * allocates its arrays once and writes only real positions (new Java arrays are already padding).
 * It never modifies the examples or the index arrays it is given.
 */
public final class Seq2SeqBatcher {

  /** The decoder sequence is one longer than the target: BOS in front, or EOS at the end. */
  public static final int SPECIAL_TOKENS_PER_SIDE = 1;

  private final List<Seq2SeqExample> examples;
  private final int bosId;
  private final int eosId;

  public Seq2SeqBatcher(List<Seq2SeqExample> examples, int bosId, int eosId) {
    if (bosId == Padding.PAD_ID || eosId == Padding.PAD_ID) {
      throw new IllegalArgumentException(
          "BOS and EOS ids must differ from the padding id " + Padding.PAD_ID
              + ", got BOS=" + bosId + " EOS=" + eosId);
    }
    this.examples = List.copyOf(examples);
    this.bosId = bosId;
    this.eosId = eosId;
  }

  public int exampleCount() {
    return examples.size();
  }

  public int bosId() {
    return bosId;
  }

  public int eosId() {
    return eosId;
  }

  /** Lengths for the {@link BatchPlanner}. */
  public SequenceLengths lengths() {
    return SequenceLengths.ofSeq2Seq(examples);
  }

  /** All batches of a plan, in plan order. */
  public List<Seq2SeqBatch> batches(BatchPlan plan) {
    return plan.build(this::batch);
  }

  /** Padding statistics of a plan (source plus decoder side), without building the batches. */
  public PaddingStats paddingStats(BatchPlan plan) {
    long real = 0;
    long padded = 0;
    for (int b = 0; b < plan.size(); b++) {
      int sourceSteps = SequenceLengths.MIN_TIME_STEPS;
      int decoderSteps = SequenceLengths.MIN_TIME_STEPS;
      for (int index : plan.batchView(b)) {
        Seq2SeqExample example = examples.get(index);
        int decoderLength = example.targetLength() + SPECIAL_TOKENS_PER_SIDE;
        real += example.sourceLength() + decoderLength;
        sourceSteps = Math.max(sourceSteps, example.sourceLength());
        decoderSteps = Math.max(decoderSteps, decoderLength);
      }
      padded += (long) plan.batchSize(b) * (sourceSteps + decoderSteps);
    }
    return new PaddingStats(plan.size(), real, padded);
  }

  /** One padded batch holding the given examples, row {@code r} = example {@code indices[r]}. */
  public Seq2SeqBatch batch(int[] exampleIndices) {
    int rows = exampleIndices.length;
    if (rows == 0) {
      throw new IllegalArgumentException("a batch needs at least one example");
    }
    int[] sourceLengths = new int[rows];
    int[] decoderLengths = new int[rows];
    int sourceSteps = SequenceLengths.MIN_TIME_STEPS;
    int decoderSteps = SequenceLengths.MIN_TIME_STEPS;
    for (int r = 0; r < rows; r++) {
      Seq2SeqExample example = examples.get(exampleIndices[r]);
      sourceLengths[r] = example.sourceLength();
      decoderLengths[r] = example.targetLength() + SPECIAL_TOKENS_PER_SIDE;
      sourceSteps = Math.max(sourceSteps, sourceLengths[r]);
      decoderSteps = Math.max(decoderSteps, decoderLengths[r]);
    }
    int[] sourceIds = new int[rows * sourceSteps];
    float[] sourceMask = new float[rows * sourceSteps];
    int[] decoderInputIds = new int[rows * decoderSteps];
    int[] labelIds = new int[rows * decoderSteps];
    float[] decoderMask = new float[rows * decoderSteps];
    for (int r = 0; r < rows; r++) {
      Seq2SeqExample example = examples.get(exampleIndices[r]);
      int sourceOffset = r * sourceSteps;
      example.copySourceIdsInto(sourceIds, sourceOffset);
      Arrays.fill(sourceMask, sourceOffset, sourceOffset + sourceLengths[r], Padding.REAL);

      int decoderOffset = r * decoderSteps;
      decoderInputIds[decoderOffset] = bosId;
      example.copyTargetIdsInto(decoderInputIds, decoderOffset + SPECIAL_TOKENS_PER_SIDE);
      example.copyTargetIdsInto(labelIds, decoderOffset);
      labelIds[decoderOffset + example.targetLength()] = eosId;
      Arrays.fill(decoderMask, decoderOffset, decoderOffset + decoderLengths[r], Padding.REAL);
    }
    return new Seq2SeqBatch(
        exampleIndices.clone(),
        sourceLengths,
        sourceSteps,
        sourceIds,
        sourceMask,
        decoderLengths,
        decoderSteps,
        decoderInputIds,
        labelIds,
        decoderMask);
  }
}
