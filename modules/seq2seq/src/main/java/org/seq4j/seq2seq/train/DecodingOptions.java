package org.seq4j.seq2seq.train;

import java.util.LinkedHashMap;
import java.util.Map;
import org.seq4j.seq2seq.decode.LengthLimit;

/**
 * How a {@link NeuralTranslator} searches: beam size (1 = greedy search), GNMT length-penalty alpha,
 * the output length limit, and how many sentences are decoded together.
 */
public record DecodingOptions(int beamSize, double lengthPenaltyAlpha, LengthLimit lengthLimit, int batchSize) {
  /** Greedy decoding, 64 sentences per batch. */
  public static final DecodingOptions GREEDY = new DecodingOptions(1, 0.0, LengthLimit.DEFAULT, 64);

  public DecodingOptions {
    if (beamSize < 1 || batchSize < 1 || !(lengthPenaltyAlpha >= 0)) {
      throw new IllegalArgumentException("need beam size >= 1, batch size >= 1 and alpha >= 0; got " + beamSize
          + ", " + batchSize + ", " + lengthPenaltyAlpha);
    }
  }

  public DecodingOptions withBeam(int newBeamSize, double alpha) {
    return new DecodingOptions(newBeamSize, alpha, lengthLimit, batchSize);
  }

  Map<String, Object> toMap() {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("beam_size", beamSize);
    map.put("length_penalty_alpha", lengthPenaltyAlpha);
    map.put("max_length_ratio", lengthLimit.ratio());
    map.put("max_length_offset", lengthLimit.offset());
    map.put("batch_size", batchSize);
    return map;
  }

  static DecodingOptions fromMap(Map<String, ?> map) {
    return new DecodingOptions(((Number) map.get("beam_size")).intValue(),
        ((Number) map.get("length_penalty_alpha")).doubleValue(),
        new LengthLimit(((Number) map.get("max_length_ratio")).doubleValue(),
            ((Number) map.get("max_length_offset")).intValue()),
        ((Number) map.get("batch_size")).intValue());
  }
}
