package org.seq4j.tagger.train;

import java.util.List;
import java.util.SplittableRandom;
import org.seq4j.corpus.batch.TaggingBatch;
import org.seq4j.corpus.batch.TaggingExample;

/**
 * Word dropout (Kiperwasser &amp; Goldberg 2016): during training each token of word {@code w} is
 * replaced by {@code <unk>} with probability {@code alpha / (alpha + freq(w))}, where
 * {@code freq(w)} is its count in the training data. Rare words are dropped often and frequent ones
 * almost never, so the {@code <unk>} row is trained on words that look like the unknown words of
 * test data, and the network learns to tag from characters and context when the word row is
 * missing. Only word ids change; characters stay, which is the point.
 *
 * <p>Deterministic: the draws of a batch come from a generator seeded with the run's seed, the
 * epoch and the batch index, so they do not depend on the order batches are built in.
 */
final class WordDropout {

  private static final long EPOCH_STRIDE = 0x9E3779B97F4A7C15L;
  private static final long BATCH_STRIDE = 0xBF58476D1CE4E5B9L;

  private final double[] dropProbability;
  private final int unknownId;
  private final long seed;

  /**
   * @param alpha the {@code alpha} above; 0 turns word dropout off
   * @param examples the encoded training sentences (their word ids give the frequencies)
   * @param vocabularySize number of word ids
   * @param unknownId the id that replaces dropped words (and that is never dropped itself)
   * @param paddingId the padding id, never dropped
   */
  WordDropout(double alpha, List<TaggingExample> examples, int vocabularySize, int unknownId, int paddingId,
      long seed) {
    if (!(alpha >= 0)) {
      throw new IllegalArgumentException("word dropout alpha must be >= 0, got " + alpha);
    }
    long[] frequencies = new long[vocabularySize];
    for (TaggingExample example : examples) {
      for (int id : example.tokenIds()) {
        frequencies[id]++;
      }
    }
    this.dropProbability = new double[vocabularySize];
    for (int id = 0; id < vocabularySize; id++) {
      boolean droppable = alpha > 0 && id != unknownId && id != paddingId;
      dropProbability[id] = droppable ? alpha / (alpha + frequencies[id]) : 0.0;
    }
    this.unknownId = unknownId;
    this.seed = seed;
  }

  /** The probability that a token with this word id is replaced. */
  double probability(int wordId) {
    return dropProbability[wordId];
  }

  boolean active() {
    for (double p : dropProbability) {
      if (p > 0) {
        return true;
      }
    }
    return false;
  }

  /** The batch with dropped words replaced by {@code <unk>} (a new token-id array; the rest shared). */
  TaggingBatch apply(TaggingBatch batch, int epoch, int batchIndex) {
    SplittableRandom random = new SplittableRandom(seed + epoch * EPOCH_STRIDE + batchIndex * BATCH_STRIDE);
    int[] ids = batch.tokenIds().clone();
    for (int i = 0; i < ids.length; i++) {
      double p = dropProbability[ids[i]];
      if (p > 0 && random.nextDouble() < p) {
        ids[i] = unknownId;
      }
    }
    return new TaggingBatch(batch.exampleIndices(), batch.lengths(), batch.timeSteps(), ids, batch.tagIds(),
        batch.mask(), batch.charsPerToken(), batch.charIds(), batch.charMask());
  }
}
