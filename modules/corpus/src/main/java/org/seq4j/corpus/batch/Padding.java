package org.seq4j.corpus.batch;

/**
 * The padding convention shared by every batch in this package.
 *
 * <p>Padded positions (after the end of a shorter sequence, up to the batch's time length) hold
 * {@link #PAD_ID} in every id array and 0 in the mask. Id 0 is reserved for padding so that an
 * embedding row 0 can stay unused (or be zeroed) and so that a freshly allocated Java array is
 * already correctly padded: filling a batch only writes the real positions. Vocabularies must
 * therefore never give a real token id 0 (the vocabulary package reserves it for {@code <pad>} as
 * {@code Vocabulary.PAD_ID}, which must stay equal to this constant); tag ids at padded positions are also 0 but are always
 * masked out, so a tag vocabulary may use 0 for a real tag.
 */
public final class Padding {

  /** Id written at every padded position of every id array. */
  public static final int PAD_ID = 0;

  /** Mask value of a real (non-padded) position. */
  public static final float REAL = 1.0f;

  /** Mask value of a padded position. */
  public static final float PADDED = 0.0f;

  private Padding() {}
}
