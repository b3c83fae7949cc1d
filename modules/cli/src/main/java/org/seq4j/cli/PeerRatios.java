package org.seq4j.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.seq4j.seq2seq.bench.ProductDecodingBenchmark;

/**
 * The ratio lines of {@code seq4j bench --compare}: seq4j's throughput over the PyTorch peer's, per
 * phase (sentences/s for decoding, tokens/s otherwise), against the targets, and with
 * {@code --rounds N} the per-phase median over the rounds. Why rounds: the machine is shared, load
 * changes within a minute, and one round compares seq4j and the peer run a minute apart; the median
 * of alternating rounds is what load shifts move least.
 */
final class PeerRatios {
  /** Training must reach this fraction of the peer's tokens/s. */
  static final double TRAIN_TARGET = 0.7;
  /** Inference (tagging, greedy decoding) must reach this fraction of the peer's throughput. */
  static final double INFERENCE_TARGET = 1.0;
  static final String MEDIAN_ROUND = "median";
  private static final String PEER_GREEDY_PHASE = "decode_greedy";
  private static final double RATIO_SCALE = 1000;

  private PeerRatios() {}

  /**
   * The peer phase a seq4j phase is compared with: the same name, except the product's greedy
   * decoding ({@link ProductDecodingBenchmark}), compared with the peer's greedy loop. Beam search
   * has no peer phase.
   */
  static String peerPhase(String phase) {
    return ProductDecodingBenchmark.GREEDY_PHASE.equals(phase) ? PEER_GREEDY_PHASE : phase;
  }

  /** One ratio line per seq4j line that has a peer phase; {@code round} is added when not null. */
  static List<Map<String, Object>> lines(List<Map<String, Object>> ours, List<JsonNode> peer, Integer round) {
    List<Map<String, Object>> lines = new ArrayList<>();
    for (Map<String, Object> line : ours) {
      String peerPhase = peerPhase(String.valueOf(line.get("phase")));
      for (JsonNode peerLine : peer) {
        if (peerPhase.equals(peerLine.path("phase").asText())) {
          Map<String, Object> ratio = ratio(line, peerLine);
          if (round != null) {
            ratio.put("round", round);
          }
          lines.add(ratio);
        }
      }
    }
    return lines;
  }

  /** seq4j's throughput over the peer's: sentences/s for decoding, tokens/s otherwise. */
  static Map<String, Object> ratio(Map<String, Object> ours, JsonNode peer) {
    String phase = String.valueOf(ours.get("phase"));
    String field = ours.containsKey("sentences_per_s") ? "sentences_per_s" : "tokens_per_s";
    double mine = ((Number) ours.get(field)).doubleValue();
    double theirs = peer.path(field).asDouble();
    Map<String, Object> line = head(ours.get("workload"), phase, peer.path("phase").asText(), field);
    return tail(line, mine, theirs, mine / theirs, target(phase));
  }

  /**
   * Per phase, the medians over rounds of seq4j's and the peer's throughput and of the ratio (the
   * median of the per-round ratios, not the ratio of the medians).
   */
  static List<Map<String, Object>> medians(List<Map<String, Object>> rounds) {
    Map<String, List<Map<String, Object>>> byPhase = new LinkedHashMap<>();
    for (Map<String, Object> line : rounds) {
      byPhase.computeIfAbsent(String.valueOf(line.get("phase")), p -> new ArrayList<>()).add(line);
    }
    List<Map<String, Object>> medians = new ArrayList<>();
    for (List<Map<String, Object>> lines : byPhase.values()) {
      Map<String, Object> first = lines.get(0);
      String phase = String.valueOf(first.get("phase"));
      Map<String, Object> line = head(first.get("workload"), phase,
          String.valueOf(first.getOrDefault("peer_phase", phase)), String.valueOf(first.get("metric")));
      tail(line, median(lines, "seq4j"), median(lines, "pytorch"), median(lines, "ratio"), target(phase));
      line.put("round", MEDIAN_ROUND);
      line.put("rounds", lines.size());
      medians.add(line);
    }
    return medians;
  }

  private static double target(String phase) {
    return "train".equals(phase) ? TRAIN_TARGET : INFERENCE_TARGET;
  }

  private static Map<String, Object> head(Object workload, String phase, String peerPhase, String metric) {
    Map<String, Object> line = new LinkedHashMap<>();
    line.put("peer", "ratio");
    line.put("workload", workload);
    line.put("phase", phase);
    if (!phase.equals(peerPhase)) {
      line.put("peer_phase", peerPhase);
    }
    line.put("metric", metric);
    return line;
  }

  private static Map<String, Object> tail(Map<String, Object> line, double mine, double theirs, double ratio,
      double target) {
    line.put("seq4j", mine);
    line.put("pytorch", theirs);
    line.put("ratio", Math.round(ratio * RATIO_SCALE) / RATIO_SCALE);
    line.put("target", target);
    line.put("meets_target", ratio >= target);
    return line;
  }

  /** The middle value (mean of the two middle ones for an even count), as Python's statistics.median. */
  static double median(List<Map<String, Object>> lines, String field) {
    double[] values = lines.stream().mapToDouble(l -> ((Number) l.get(field)).doubleValue()).sorted().toArray();
    int mid = values.length / 2;
    return values.length % 2 == 1 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
  }
}
