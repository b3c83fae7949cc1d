package org.seq4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Ratio lines: matching phases, the product's greedy phase against the peer's, targets and medians. */
class PeerRatiosTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static Map<String, Object> ours(String phase, String field, double value) {
    Map<String, Object> line = new LinkedHashMap<>();
    line.put("peer", "seq4j");
    line.put("workload", "seq2seq");
    line.put("phase", phase);
    line.put(field, value);
    return line;
  }

  private static JsonNode peer(String phase, String field, double value) {
    return JSON.valueToTree(Map.of("peer", "pytorch", "phase", phase, field, value));
  }

  @Test
  void eachPhaseMeetsItsPeerPhaseAndBeamSearchHasNone() {
    List<Map<String, Object>> ours = List.of(ours("train", "tokens_per_s", 700), ours("decode_greedy",
        "sentences_per_s", 90), ours("decode_greedy_product", "sentences_per_s", 120), ours("decode_beam5",
        "sentences_per_s", 20));
    List<JsonNode> peer = List.of(peer("train", "tokens_per_s", 1000), peer("decode_greedy", "sentences_per_s", 100));
    List<Map<String, Object>> lines = PeerRatios.lines(ours, peer, null);
    assertEquals(List.of("train", "decode_greedy", "decode_greedy_product"),
        lines.stream().map(l -> l.get("phase")).toList());
    assertEquals(0.7, lines.get(0).get("ratio"));
    assertEquals(true, lines.get(0).get("meets_target"), "training target 0.7");
    assertEquals(false, lines.get(1).get("meets_target"), "inference target 1.0");
    assertEquals("decode_greedy", lines.get(2).get("peer_phase"));
    assertEquals(1.2, lines.get(2).get("ratio"));
    assertFalse(lines.get(0).containsKey("round"));
  }

  @Test
  void mediansArePerPhaseOverRounds() {
    List<Map<String, Object>> rounds = new ArrayList<>();
    double[] ratios = {0.9, 1.3, 1.1};
    for (int r = 0; r < ratios.length; r++) {
      rounds.addAll(PeerRatios.lines(List.of(ours("decode_greedy", "sentences_per_s", 100 * ratios[r])),
          List.of(peer("decode_greedy", "sentences_per_s", 100)), r + 1));
    }
    assertEquals(3, rounds.get(2).get("round"));
    List<Map<String, Object>> medians = PeerRatios.medians(rounds);
    assertEquals(1, medians.size());
    assertEquals(1.1, medians.get(0).get("ratio"));
    assertEquals(PeerRatios.MEDIAN_ROUND, medians.get(0).get("round"));
    assertEquals(3, medians.get(0).get("rounds"));
    assertTrue((Boolean) medians.get(0).get("meets_target"));
  }
}
