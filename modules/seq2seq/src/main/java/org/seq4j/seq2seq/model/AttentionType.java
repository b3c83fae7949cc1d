package org.seq4j.seq2seq.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * How the decoder looks at the encoder states, by recipe short name. {@code none} is the context-vector
 * model (Cho et al. 2014); {@code dot} and {@code general} are Luong et al. (2015) global attention,
 * computed after the decoder RNN ("without input feeding"). Bahdanau attention and input feeding need
 * back-propagation through time step by step and are not implemented yet.
 */
public enum AttentionType {
  NONE,
  /** score(h, s) = h · s; needs the decoder hidden size to equal the encoder output size. */
  DOT,
  /** score(h, s) = h W_a s. */
  GENERAL;

  public String shortName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static AttentionType fromShortName(String name) {
    for (AttentionType type : values()) {
      if (type.shortName().equalsIgnoreCase(name.trim())) {
        return type;
      }
    }
    throw new IllegalArgumentException("Invalid attention '" + name + "': expected "
        + Arrays.stream(values()).map(AttentionType::shortName).collect(Collectors.joining("|")));
  }
}
