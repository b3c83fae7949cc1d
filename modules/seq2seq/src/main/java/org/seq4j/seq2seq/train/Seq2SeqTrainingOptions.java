package org.seq4j.seq2seq.train;

import java.util.Set;
import org.seq4j.corpus.batch.BatchingOptions;

/**
 * Settings of a seq2seq training run.
 *
 * @param maxEpochs upper bound on epochs
 * @param learningRate initial Adam learning rate
 * @param clipNorm global gradient-norm limit (0 = none)
 * @param batchTokens padded tokens per batch (token-budget bucketing)
 * @param labelSmoothing epsilon of the smoothed cross-entropy
 * @param devMetric {@value #BLEU} or {@value #EXACT_MATCH} (toy tasks); selects the best epoch
 * @param patience epochs without dev improvement before stopping
 * @param plateauFactor learning-rate factor when the dev metric stalls
 * @param plateauPatience epochs without improvement tolerated before decaying
 * @param minFrequency tokens seen fewer times in training become {@code <unk>}
 * @param devSentences at most this many dev sentences are decoded per epoch (all when larger)
 * @param seed batching and dropout seed
 * @param bucketPool training pairs sorted by length together before they are cut into batches
 *     ({@link BatchingOptions#poolSize}; {@link BatchingOptions#DEFAULT_POOL_SIZE} by default)
 */
public record Seq2SeqTrainingOptions(int maxEpochs, double learningRate, double clipNorm, int batchTokens,
    double labelSmoothing, String devMetric, int patience, double plateauFactor, int plateauPatience,
    int minFrequency, int devSentences, long seed, int bucketPool) {

  public static final String BLEU = "bleu";
  public static final String EXACT_MATCH = "exact_match";
  private static final Set<String> METRICS = Set.of(BLEU, EXACT_MATCH);

  public Seq2SeqTrainingOptions {
    if (!METRICS.contains(devMetric)) {
      throw new IllegalArgumentException("Invalid dev metric '" + devMetric + "': expected bleu|exact_match");
    }
    if (maxEpochs < 1 || !(learningRate > 0) || clipNorm < 0 || batchTokens < 1 || patience < 1
        || minFrequency < 1 || devSentences < 1 || bucketPool < 1) {
      throw new IllegalArgumentException("invalid training options " + this);
    }
  }

  /** The options before the bucketing pool was a setting: pools of {@link BatchingOptions#DEFAULT_POOL_SIZE}. */
  public Seq2SeqTrainingOptions(int maxEpochs, double learningRate, double clipNorm, int batchTokens,
      double labelSmoothing, String devMetric, int patience, double plateauFactor, int plateauPatience,
      int minFrequency, int devSentences, long seed) {
    this(maxEpochs, learningRate, clipNorm, batchTokens, labelSmoothing, devMetric, patience, plateauFactor,
        plateauPatience, minFrequency, devSentences, seed, BatchingOptions.DEFAULT_POOL_SIZE);
  }
}
