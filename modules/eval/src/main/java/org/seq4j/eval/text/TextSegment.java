package org.seq4j.eval.text;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * One evaluation segment for BLEU and chrF: a hypothesis and its references.
 *
 * <p>A reference may be {@code null}, meaning "no reference of this stream for this segment"
 * (sacreBLEU's API allows that for variable numbers of references); it is ignored. An empty string
 * is a real, 0-token reference, as in sacreBLEU 2.6.0. At least one reference must be non-null.
 *
 * @param hypothesis the system output for this segment
 * @param references the references, one per reference stream (unmodifiable, may hold nulls)
 */
public record TextSegment(String hypothesis, List<String> references) {

  public TextSegment {
    Objects.requireNonNull(hypothesis, "hypothesis");
    references = Collections.unmodifiableList(new ArrayList<>(references));
    if (references.stream().allMatch(Objects::isNull)) {
      throw new IllegalArgumentException("a segment needs at least one non-null reference");
    }
  }

  /** A segment with the given references. */
  public static TextSegment of(String hypothesis, String... references) {
    return new TextSegment(hypothesis, java.util.Arrays.asList(references));
  }

  /** The references that are present (non-null), in stream order. */
  public List<String> presentReferences() {
    List<String> present = new ArrayList<>(references.size());
    for (String reference : references) {
      if (reference != null) {
        present.add(reference);
      }
    }
    return present;
  }

  /**
   * Pairs hypotheses with reference streams ({@code referenceStreams.get(k).get(i)} is reference
   * k of segment i).
   *
   * @throws IllegalArgumentException if a stream's length differs from the hypotheses'
   */
  public static List<TextSegment> zip(
      List<String> hypotheses, List<? extends List<String>> referenceStreams) {
    if (referenceStreams.isEmpty()) {
      throw new IllegalArgumentException("at least one reference stream is required");
    }
    for (List<String> stream : referenceStreams) {
      if (stream.size() != hypotheses.size()) {
        throw new IllegalArgumentException(
            "a reference stream has "
                + stream.size()
                + " segments but there are "
                + hypotheses.size()
                + " hypotheses");
      }
    }
    List<TextSegment> segments = new ArrayList<>(hypotheses.size());
    for (int i = 0; i < hypotheses.size(); i++) {
      List<String> references = new ArrayList<>(referenceStreams.size());
      for (List<String> stream : referenceStreams) {
        references.add(stream.get(i));
      }
      segments.add(new TextSegment(hypotheses.get(i), references));
    }
    return segments;
  }

  /**
   * sacreBLEU's {@code nrefs}: the number of present references if every segment has the same
   * number, otherwise {@link Signature#VARIABLE_REFERENCES}.
   */
  public static int referenceCount(List<TextSegment> segments) {
    int count = 0;
    for (TextSegment segment : segments) {
      int present = 0;
      for (String reference : segment.references()) {
        if (reference != null) {
          present++;
        }
      }
      if (count == 0) {
        count = present;
      } else if (present != count) {
        return Signature.VARIABLE_REFERENCES;
      }
    }
    return count;
  }
}
