package org.seq4j.seq2seq.train;

import java.util.LinkedHashMap;
import java.util.Map;
import org.seq4j.seq2seq.decode.LengthLimit;

/**
 * How a {@link NeuralTranslator} searches: beam size (1 = greedy search), GNMT length-penalty alpha,
 * the output length limit, how many sentences are decoded together, and whether an emitted
 * {@code <unk>} is replaced by the most-attended source token
 * ({@link org.seq4j.seq2seq.decode.UnknownWordReplacement}; needs an attention model).
 */
public record DecodingOptions(int beamSize, double lengthPenaltyAlpha, LengthLimit lengthLimit, int batchSize,
    boolean replaceUnknown) {
  /** Greedy decoding, 64 sentences per batch. */
  public static final DecodingOptions GREEDY = new DecodingOptions(1, 0.0, LengthLimit.DEFAULT, 64);
  /** Added after the first model files; files without it decode without replacement. */
  private static final String REPLACE_UNKNOWN = "replace_unknown";

  public DecodingOptions {
    if (beamSize < 1 || batchSize < 1 || !(lengthPenaltyAlpha >= 0)) {
      throw new IllegalArgumentException("need beam size >= 1, batch size >= 1 and alpha >= 0; got " + beamSize
          + ", " + batchSize + ", " + lengthPenaltyAlpha);
    }
  }

  /** Without unknown-word replacement. */
  public DecodingOptions(int beamSize, double lengthPenaltyAlpha, LengthLimit lengthLimit, int batchSize) {
    this(beamSize, lengthPenaltyAlpha, lengthLimit, batchSize, false);
  }

  public DecodingOptions withBeam(int newBeamSize, double alpha) {
    return new DecodingOptions(newBeamSize, alpha, lengthLimit, batchSize, replaceUnknown);
  }

  public DecodingOptions withUnknownReplacement(boolean on) {
    return new DecodingOptions(beamSize, lengthPenaltyAlpha, lengthLimit, batchSize, on);
  }

  Map<String, Object> toMap() {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("beam_size", beamSize);
    map.put("length_penalty_alpha", lengthPenaltyAlpha);
    map.put("max_length_ratio", lengthLimit.ratio());
    map.put("max_length_offset", lengthLimit.offset());
    map.put("batch_size", batchSize);
    map.put(REPLACE_UNKNOWN, replaceUnknown);
    return map;
  }

  static DecodingOptions fromMap(Map<String, ?> map) {
    return new DecodingOptions(((Number) map.get("beam_size")).intValue(),
        ((Number) map.get("length_penalty_alpha")).doubleValue(),
        new LengthLimit(((Number) map.get("max_length_ratio")).doubleValue(),
            ((Number) map.get("max_length_offset")).intValue()),
        ((Number) map.get("batch_size")).intValue(), Boolean.TRUE.equals(map.get(REPLACE_UNKNOWN)));
  }
}
