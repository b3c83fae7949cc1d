package org.seq4j.seq2seq.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * How the decoder looks at the encoder states, by recipe short name. {@code none} is the context-vector
 * model (Cho et al. 2014); {@code dot} and {@code general} are Luong et al. (2015) global attention,
 * computed from the decoder state of the step that predicts; {@code bahdanau} is additive attention
 * (Bahdanau et al. 2015) computed from the previous decoder state, whose context is part of the
 * decoder input. Bahdanau attention and input feeding ({@link Seq2SeqConfig#inputFeeding()}) make a
 * step depend on the previous step's attention, so they train step by step ({@link StepwiseDecoding}).
 */
public enum AttentionType {
  NONE,
  /** score(h, s) = h · s; needs the decoder hidden size to equal the encoder output size. */
  DOT,
  /** score(h, s) = h W_a s. */
  GENERAL,
  /** score(s_{t-1}, k) = v · tanh(W_q s_{t-1} + W_k k + b); the context enters the decoder input. */
  BAHDANAU;

  /** True for the Luong scores computed from the current decoder state (dot, general). */
  public boolean isLuong() {
    return this == DOT || this == GENERAL;
  }

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
