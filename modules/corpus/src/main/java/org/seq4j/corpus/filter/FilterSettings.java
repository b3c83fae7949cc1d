package org.seq4j.corpus.filter;

/**
 * Which standard filters to apply, as a recipe's {@code prepare.filter} section configures them.
 *
 * @param dropEmpty drop items with an empty side
 * @param maxLength longest allowed side in tokens; {@link #NO_MAX_LENGTH} for none
 * @param maxLengthRatio largest allowed ratio of pair side lengths (pairs only); {@link
 *     #NO_MAX_RATIO} for none
 * @param dropDuplicates drop exact repeats of an earlier item
 */
public record FilterSettings(
    boolean dropEmpty, int maxLength, double maxLengthRatio, boolean dropDuplicates) {

  /** {@code maxLength} value meaning "no limit". */
  public static final int NO_MAX_LENGTH = Integer.MAX_VALUE;

  /** {@code maxLengthRatio} value meaning "no limit". */
  public static final double NO_MAX_RATIO = Double.POSITIVE_INFINITY;

  /** Only empty items are dropped. */
  public static final FilterSettings EMPTY_ONLY =
      new FilterSettings(true, NO_MAX_LENGTH, NO_MAX_RATIO, false);

  public FilterSettings {
    if (maxLength < 1) {
      throw new IllegalArgumentException("maxLength must be at least 1, got " + maxLength);
    }
    if (!(maxLengthRatio >= 1)) {
      throw new IllegalArgumentException("maxLengthRatio must be at least 1, got " + maxLengthRatio);
    }
  }
}
