package org.seq4j.corpus.batch;

/**
 * How much of a set of batches is real data: {@code efficiency = realTokens / paddedSlots}
 * (1.0 means no padding at all).
 *
 * @param batches number of batches measured
 * @param realTokens positions with mask 1
 * @param paddedSlots positions allocated, including padding
 */
public record PaddingStats(int batches, long realTokens, long paddedSlots) {

  /** Padding statistics of the given batches. */
  public static PaddingStats of(Iterable<? extends PaddedBatch> batches) {
    int count = 0;
    long real = 0;
    long padded = 0;
    for (PaddedBatch batch : batches) {
      count++;
      real += batch.realTokens();
      padded += batch.paddedSlots();
    }
    return new PaddingStats(count, real, padded);
  }

  /** Real tokens per allocated slot, in [0, 1]; 1.0 when nothing was allocated. */
  public double efficiency() {
    return paddedSlots == 0 ? 1.0 : (double) realTokens / paddedSlots;
  }
}
