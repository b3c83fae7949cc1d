package org.seq4j.embeddings;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Word-vector file formats, named as recipes and the CLI name them. */
public enum VectorFormat {
  /** word2vec text: a header line {@code <count> <dimension>}, then {@code word v1 ... vD}. */
  WORD2VEC_TEXT("word2vec"),
  /**
   * word2vec binary (Mikolov's C tool): the same header as text, then per word its UTF-8 bytes,
   * one space, {@code D} little-endian float32 values and an optional newline.
   */
  WORD2VEC_BINARY("word2vec-binary"),
  /** GloVe text: no header, {@code word v1 ... vD} per line. */
  GLOVE_TEXT("glove");

  private final String shortName;

  VectorFormat(String shortName) {
    this.shortName = shortName;
  }

  public String shortName() {
    return shortName;
  }

  /** Parses a short name; the error lists the valid names. */
  public static VectorFormat fromShortName(String name) {
    for (VectorFormat f : values()) {
      if (f.shortName.equals(name.toLowerCase(Locale.ROOT))) {
        return f;
      }
    }
    throw new IllegalArgumentException(
        "Invalid vector format '"
            + name
            + "': expected "
            + Arrays.stream(values()).map(VectorFormat::shortName).collect(Collectors.joining("|")));
  }
}
