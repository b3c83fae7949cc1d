package org.seq4j.seq2seq.decode;

import java.util.ArrayList;
import java.util.List;

/**
 * Unknown-word replacement (Luong et al. 2015, "Addressing the rare word problem"; Jean et al.
 * 2015): every {@code <unk>} the decoder emitted is replaced by the source token that received the
 * highest attention weight at the step that emitted it, which copies names and numbers through
 * unchanged. The first of equal weights wins; positions beyond the source (padding) never do.
 * Pure function: inputs are never modified, the result is a new immutable list.
 */
public final class UnknownWordReplacement {
  private UnknownWordReplacement() {}

  /**
   * @param output one token per output step
   * @param unknown which output tokens are {@code <unk>} (same length as {@code output})
   * @param attention per output step, the weights over the source positions the encoder read
   * @param source the source tokens in the order the encoder read them (truncated, reversed if so)
   */
  public static List<String> replace(List<String> output, boolean[] unknown, float[][] attention,
      List<String> source) {
    if (unknown.length != output.size() || attention.length < output.size()) {
      throw new IllegalArgumentException("need one unknown flag and one attention row per output token: "
          + output.size() + " tokens, " + unknown.length + " flags, " + attention.length + " rows");
    }
    List<String> replaced = new ArrayList<>(output.size());
    for (int i = 0; i < output.size(); i++) {
      replaced.add(unknown[i] && !source.isEmpty() ? source.get(argMax(attention[i], source.size())) : output.get(i));
    }
    return List.copyOf(replaced);
  }

  private static int argMax(float[] weights, int length) {
    int best = 0;
    for (int j = 1; j < Math.min(length, weights.length); j++) {
      if (weights[j] > weights[best]) {
        best = j;
      }
    }
    return best;
  }
}
