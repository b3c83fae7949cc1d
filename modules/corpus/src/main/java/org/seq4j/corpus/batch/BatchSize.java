package org.seq4j.corpus.batch;

/**
 * How big a batch may be: a number of sentences, or a budget of padded token slots.
 *
 * <p>A token budget counts padding, because padding is what costs memory and compute: a batch
 * of {@code b} sequences padded to {@code T} steps uses {@code b * T} slots, and the planner keeps
 * {@code b * T <= maxTokens}. For translation {@code T} is the longer of the source length and
 * the decoder length (target + 1), so each side separately stays within the budget. A single
 * sequence longer than the budget cannot be split, so it gets a batch of its own that exceeds the
 * budget; it is never dropped.
 *
 * @param unit what {@code limit} counts
 * @param limit maximum sentences, or maximum padded token slots, per batch; positive
 */
public record BatchSize(Unit unit, int limit) {

  /** What a batch size limit counts. */
  public enum Unit {
    /** At most {@code limit} sequences per batch. */
    SENTENCES,
    /** At most {@code limit} padded token slots per batch (batch size times time steps). */
    TOKENS
  }

  public BatchSize {
    if (unit == null) {
      throw new IllegalArgumentException("batch size unit is required");
    }
    if (limit <= 0) {
      throw new IllegalArgumentException("batch size must be positive, got " + limit);
    }
  }

  /** At most {@code count} sentences per batch. */
  public static BatchSize sentences(int count) {
    return new BatchSize(Unit.SENTENCES, count);
  }

  /** At most {@code maxTokens} padded token slots per batch. */
  public static BatchSize tokens(int maxTokens) {
    return new BatchSize(Unit.TOKENS, maxTokens);
  }
}
