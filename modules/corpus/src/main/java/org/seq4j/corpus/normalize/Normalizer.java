package org.seq4j.corpus.normalize;

import java.util.List;

/**
 * One normalization step on a tokenized sentence: case folding, Unicode normalization, digit
 * folding, or removal of some tokens.
 *
 * <p>Implementations are immutable and thread-safe. {@link #normalize} never modifies its
 * argument; it returns an immutable list (possibly shorter, for removing normalizers).
 */
public interface Normalizer {

  /** The short name recipes use for this step, e.g. {@code lowercase}. */
  String name();

  /**
   * Normalizes the tokens.
   *
   * @param tokens the tokens; not modified
   * @return the normalized tokens, immutable
   */
  List<String> normalize(List<String> tokens);
}
