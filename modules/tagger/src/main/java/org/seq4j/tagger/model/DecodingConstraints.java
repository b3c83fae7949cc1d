package org.seq4j.tagger.model;

import java.util.List;
import java.util.Locale;
import org.seq4j.nn.crf.TransitionConstraints;

/**
 * Which tag sequences CRF decoding may produce. Chunk schemes forbid sequences that do not encode
 * spans: in IOB2 an {@code I-X} must follow {@code B-X} or {@code I-X}; BIOES adds that {@code B-X}
 * and {@code I-X} must be followed by {@code I-X} or {@code E-X}, and {@code E-X}, {@code S-X},
 * {@code O} must not be. Training is unconstrained (the CRF learns to make such paths unlikely);
 * the constraints only guarantee well-formed output.
 */
public enum DecodingConstraints {
  /** Detect the scheme from the tag set when the model is built ({@link #detect}). */
  AUTO,
  NONE,
  IOB2,
  BIOES;

  private static final String OUTSIDE = "O";

  public String shortName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static DecodingConstraints fromShortName(String name) {
    return ShortNames.parse(DecodingConstraints.class, name, "constraints");
  }

  /**
   * The scheme a tag set is written in: {@link #BIOES} if every tag is {@code O} or has a
   * {@code B-/I-/E-/S-} prefix and some has {@code E-} or {@code S-}; {@link #IOB2} if every tag is
   * {@code O}, {@code B-X} or {@code I-X} and some is not {@code O}; otherwise {@link #NONE}
   * (POS tags).
   */
  public static DecodingConstraints detect(List<String> tags) {
    boolean chunk = false;
    boolean bioes = false;
    for (String tag : tags) {
      if (tag.equals(OUTSIDE)) {
        continue;
      }
      char prefix = prefix(tag);
      if ("BIES".indexOf(prefix) < 0) {
        return NONE;
      }
      chunk = true;
      bioes |= prefix == 'E' || prefix == 'S';
    }
    if (!chunk) {
      return NONE;
    }
    return bioes ? BIOES : IOB2;
  }

  /** The transition constraints for {@code tags} (index = tag id); tags outside the scheme are free. */
  public TransitionConstraints forTags(List<String> tags) {
    return switch (this) {
      case AUTO -> detect(tags).forTags(tags);
      case NONE -> TransitionConstraints.none(tags.size());
      case IOB2 -> TransitionConstraints.iob2(tags);
      case BIOES -> bioes(tags);
    };
  }

  private static TransitionConstraints bioes(List<String> tags) {
    int n = tags.size();
    boolean[][] allowed = new boolean[n][n];
    boolean[] starts = new boolean[n];
    boolean[] ends = new boolean[n];
    for (int j = 0; j < n; j++) {
      char to = prefix(tags.get(j));
      starts[j] = to != 'I' && to != 'E';
      ends[j] = to != 'B' && to != 'I';
      for (int i = 0; i < n; i++) {
        char from = prefix(tags.get(i));
        boolean fromOpen = from == 'B' || from == 'I';
        boolean toContinues = to == 'I' || to == 'E';
        boolean sameType = type(tags.get(i)).equals(type(tags.get(j)));
        allowed[i][j] = fromOpen ? toContinues && sameType : !toContinues;
      }
    }
    return TransitionConstraints.of(allowed, starts, ends);
  }

  /** The scheme prefix letter of a chunk tag ({@code B-PER} gives {@code B}); '\0' for others. */
  private static char prefix(String tag) {
    return tag.length() > 2 && tag.charAt(1) == '-' ? tag.charAt(0) : '\0';
  }

  private static String type(String tag) {
    return prefix(tag) == '\0' ? "" : tag.substring(2);
  }
}
