package org.seq4j.eval.tagging;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * How to read and score tagged files.
 *
 * @param format file format of gold and prediction (both the same)
 * @param column 1-based tag column, or empty for the format's default
 * @param scheme chunk scheme; empty means "detect": entity scores are computed only when the gold
 *     tags look like chunk tags ({@link TagScheme#detect})
 * @param strict strict chunk reading ({@link StrictChunkDecoder}) instead of conlleval's
 * @param conllevalRaw count entities exactly as conlleval.pl literally does, for any tags ({@link
 *     ConllevalRawCounter}); excludes {@code scheme} and {@code strict}
 */
public record TagEvaluationOptions(
    TagFileFormat format,
    OptionalInt column,
    Optional<TagScheme> scheme,
    boolean strict,
    boolean conllevalRaw) {

  public TagEvaluationOptions {
    if (column.isPresent() && column.getAsInt() < 1) {
      throw new IllegalArgumentException("tag column must be >= 1, got " + column.getAsInt());
    }
    if (conllevalRaw && (scheme.isPresent() || strict)) {
      throw new IllegalArgumentException("raw conlleval counting takes no scheme and no strict mode");
    }
  }

  /** CoNLL columns, last column, scheme detected, lenient. */
  public static TagEvaluationOptions defaults(TagFileFormat format) {
    return new TagEvaluationOptions(format, OptionalInt.empty(), Optional.empty(), false, false);
  }
}
