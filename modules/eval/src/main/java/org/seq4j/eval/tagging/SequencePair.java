package org.seq4j.eval.tagging;

import java.util.List;

/**
 * A reference token sequence and a hypothesis token sequence, e.g. the target and the output of a
 * toy copy/reverse/sort task or of a translation. Lists are copied and unmodifiable.
 */
public record SequencePair(List<String> reference, List<String> hypothesis) {

  public SequencePair {
    reference = List.copyOf(reference);
    hypothesis = List.copyOf(hypothesis);
  }
}
