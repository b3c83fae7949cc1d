package org.seq4j.eval.bleu;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * sacreBLEU's smoothing methods for BLEU's n-gram precisions (Chen and Cherry, 2014), by the name
 * its {@code -s} option and signature use.
 */
public enum SmoothMethod {
  /** No smoothing. */
  NONE("none", null),
  /** Method 1: a zero count becomes {@code value} (default 0.1). */
  FLOOR("floor", 0.1),
  /** Method 2: add {@code k} (default 1) to counts and totals of orders 2 and up. */
  ADD_K("add-k", 1.0),
  /** Method 3, NIST's: the k-th zero-count order gets precision {@code 1 / (2^k * total)}. */
  EXP("exp", null);

  private final String signatureName;
  private final Double defaultValue;

  SmoothMethod(String signatureName, Double defaultValue) {
    this.signatureName = signatureName;
    this.defaultValue = defaultValue;
  }

  /** The name in the signature and on the command line, e.g. {@code add-k}. */
  public String signatureName() {
    return signatureName;
  }

  /** Whether the method takes a value ({@code floor} and {@code add-k}). */
  public boolean takesValue() {
    return defaultValue != null;
  }

  /** The value used when none is given; only for methods that {@link #takesValue()}. */
  public double defaultValue() {
    if (defaultValue == null) {
      throw new IllegalStateException(signatureName + " takes no smoothing value");
    }
    return defaultValue;
  }

  /**
   * The method called {@code name}.
   *
   * @throws IllegalArgumentException naming the valid choices if there is none
   */
  public static SmoothMethod fromName(String name) {
    for (SmoothMethod m : values()) {
      if (m.signatureName.equals(name)) {
        return m;
      }
    }
    throw new IllegalArgumentException(
        "Invalid smoothing method '" + name + "': expected " + choices());
  }

  /** The valid names joined by {@code |}. */
  public static String choices() {
    return Arrays.stream(values()).map(m -> m.signatureName).collect(Collectors.joining("|"));
  }
}
