package org.seq4j.corpus.filter;

import java.util.function.ToIntFunction;

/**
 * Drops pairs whose longer side has more than {@code maxRatio} times the tokens of the shorter side
 * (as Moses {@code clean-corpus-n.perl} does): such pairs are usually misaligned. A pair with one
 * empty side has an infinite ratio and is dropped.
 */
public final class LengthRatioFilter<T> implements SentenceFilter<T> {

  /** Reported reason. */
  public static final String REASON = "length_ratio";

  private final double maxRatio;
  private final ToIntFunction<T> sourceLength;
  private final ToIntFunction<T> targetLength;

  /**
   * @param maxRatio the largest allowed ratio, at least 1
   * @param sourceLength token count of the source side
   * @param targetLength token count of the target side
   */
  public LengthRatioFilter(double maxRatio, ToIntFunction<T> sourceLength, ToIntFunction<T> targetLength) {
    if (!(maxRatio >= 1)) {
      throw new IllegalArgumentException("maxRatio must be at least 1, got " + maxRatio);
    }
    this.maxRatio = maxRatio;
    this.sourceLength = sourceLength;
    this.targetLength = targetLength;
  }

  @Override
  public String reason() {
    return REASON;
  }

  @Override
  public boolean keep(T item) {
    int source = sourceLength.applyAsInt(item);
    int target = targetLength.applyAsInt(item);
    int shorter = Math.min(source, target);
    int longer = Math.max(source, target);
    if (shorter == 0) {
      return longer == 0;
    }
    return longer <= maxRatio * shorter;
  }
}
