package org.seq4j.eval.bleu;

import java.util.Objects;
import org.seq4j.eval.text.Tokenization;

/**
 * BLEU settings, with sacreBLEU's defaults from {@link #defaults()}.
 *
 * @param tokenization the tokenizer ({@code 13a} by default)
 * @param lowercase case-insensitive BLEU
 * @param smoothMethod smoothing of zero n-gram counts ({@code exp} by default)
 * @param smoothValue the value for {@code floor} and {@code add-k}, or {@code null} for the
 *     method's default; must be {@code null} for methods that take no value
 * @param effectiveOrder average only over the orders the hypothesis reaches (sacreBLEU turns it on
 *     for sentence-level BLEU and off for corpus BLEU)
 */
public record BleuOptions(
    Tokenization tokenization,
    boolean lowercase,
    SmoothMethod smoothMethod,
    Double smoothValue,
    boolean effectiveOrder) {

  /** The highest n-gram order, as in sacreBLEU. */
  public static final int MAX_ORDER = 4;

  public BleuOptions {
    Objects.requireNonNull(tokenization, "tokenization");
    Objects.requireNonNull(smoothMethod, "smoothMethod");
    if (smoothValue != null && !smoothMethod.takesValue()) {
      throw new IllegalArgumentException(
          "smoothing method " + smoothMethod.signatureName() + " takes no value");
    }
    if (smoothValue != null && !(smoothValue >= 0)) {
      throw new IllegalArgumentException("smoothing value must be >= 0, got " + smoothValue);
    }
  }

  /** sacreBLEU's corpus defaults: 13a, mixed case, exp smoothing, no effective order. */
  public static BleuOptions defaults() {
    return new BleuOptions(Tokenization.T13A, false, SmoothMethod.EXP, null, false);
  }

  public BleuOptions withTokenization(Tokenization t) {
    return new BleuOptions(t, lowercase, smoothMethod, smoothValue, effectiveOrder);
  }

  public BleuOptions withLowercase(boolean lc) {
    return new BleuOptions(tokenization, lc, smoothMethod, smoothValue, effectiveOrder);
  }

  /** The given smoothing method; {@code value} may be null for the method's default. */
  public BleuOptions withSmoothing(SmoothMethod method, Double value) {
    return new BleuOptions(tokenization, lowercase, method, value, effectiveOrder);
  }

  public BleuOptions withEffectiveOrder(boolean eff) {
    return new BleuOptions(tokenization, lowercase, smoothMethod, smoothValue, eff);
  }

  /** The smoothing value in effect: the given one, or the method's default. */
  public double effectiveSmoothValue() {
    return smoothValue != null ? smoothValue : smoothMethod.defaultValue();
  }
}
