package org.seq4j.eval.bleu;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.seq4j.eval.text.SacreBleuVectors;
import org.seq4j.eval.text.TextSegment;
import org.seq4j.eval.text.Tokenization;

/**
 * Every BLEU configuration of the sacreBLEU 2.6.0 vectors: corpus and sentence scores (bit for
 * bit), statistics, precisions, BP, ratio, signatures and formatted strings.
 */
class BleuVectorsTest {

  @TestFactory
  Stream<DynamicTest> everyBleuConfigurationMatchesSacreBleu() {
    List<DynamicTest> tests = new ArrayList<>();
    for (JsonNode c : SacreBleuVectors.cases()) {
      for (JsonNode config : c.get("bleu")) {
        String name = c.get("id").asText() + " " + config.get("cli_args");
        tests.add(DynamicTest.dynamicTest(name + " corpus", () -> checkCorpus(c, config)));
        tests.add(DynamicTest.dynamicTest(name + " sentence", () -> checkSentences(c, config)));
      }
    }
    return tests.stream();
  }

  static BleuOptions options(JsonNode config) {
    JsonNode o = config.get("options");
    JsonNode value = o.get("smooth_value");
    return new BleuOptions(
        Tokenization.fromName(o.get("tokenize").asText()),
        o.get("lowercase").asBoolean(),
        SmoothMethod.fromName(o.get("smooth_method").asText()),
        value.isNull() ? null : value.asDouble(),
        false);
  }

  private static void checkCorpus(JsonNode c, JsonNode config) {
    List<TextSegment> segments = SacreBleuVectors.segments(c);
    Bleu bleu = new Bleu(options(config));
    BleuScore score = bleu.evaluateCorpus(segments);
    JsonNode expected = config.get("corpus");
    checkScore(expected, score);
    var signature = bleu.signature(TextSegment.referenceCount(segments));
    assertEquals(expected.get("signature").asText(), signature.format());
    assertEquals(expected.get("signature_short").asText(), signature.formatShort());
    assertEquals(
        expected.get("cli_text").asText(), score.format(Bleu.CLI_WIDTH, signature.format()));
    assertEquals(expected.get("score").asDouble(), bleu.corpusScore(segments), 0.0);
  }

  private static void checkSentences(JsonNode c, JsonNode config) {
    List<TextSegment> segments = SacreBleuVectors.segments(c);
    Bleu bleu = new Bleu(options(config).withEffectiveOrder(true));
    JsonNode expected = config.get("sentence");
    for (int i = 0; i < segments.size(); i++) {
      checkScore(expected.get("segments").get(i), bleu.evaluateSentence(segments.get(i)));
    }
    // sacreBLEU's API reports the signature as left by the last sentence_score call.
    TextSegment last = segments.get(segments.size() - 1);
    var signature = bleu.signature(TextSegment.referenceCount(List.of(last)));
    assertEquals(expected.get("signature").asText(), signature.format());
    assertEquals(expected.get("signature_short").asText(), signature.formatShort());
  }

  private static void checkScore(JsonNode expected, BleuScore score) {
    assertArrayEquals(
        SacreBleuVectors.longs(expected.get("counts")), score.statistics().matches(), "counts");
    assertArrayEquals(
        SacreBleuVectors.longs(expected.get("totals")), score.statistics().totals(), "totals");
    assertEquals(expected.get("sys_len").asLong(), score.sysLen(), "sys_len");
    assertEquals(expected.get("ref_len").asLong(), score.refLen(), "ref_len");
    assertEquals(expected.get("score").asDouble(), score.score(), 0.0, "score");
    assertArrayEquals(
        SacreBleuVectors.doubles(expected.get("precisions")), score.precisions(), 0.0, "precisions");
    assertEquals(expected.get("bp").asDouble(), score.bp(), 0.0, "bp");
    assertEquals(expected.get("ratio").asDouble(), score.ratio(), 0.0, "ratio");
    if (expected.has("smoothed_counts")) {
      assertArrayEquals(
          SacreBleuVectors.doubles(expected.get("smoothed_counts")),
          score.smoothedMatches(),
          0.0,
          "smoothed_counts");
      assertArrayEquals(
          SacreBleuVectors.doubles(expected.get("smoothed_totals")),
          score.smoothedTotals(),
          0.0,
          "smoothed_totals");
    }
    assertEquals(expected.get("formatted").asText(), score.format(Bleu.API_WIDTH), "formatted");
  }
}
