package org.seq4j.eval.chrf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.seq4j.eval.text.SacreBleuVectors;
import org.seq4j.eval.text.Signature;
import org.seq4j.eval.text.TextSegment;

/**
 * Every chrF configuration of the sacreBLEU 2.6.0 vectors: corpus and sentence scores (bit for
 * bit), statistics, signatures and formatted strings.
 */
class ChrfVectorsTest {

  @TestFactory
  Stream<DynamicTest> everyChrfConfigurationMatchesSacreBleu() {
    List<DynamicTest> tests = new ArrayList<>();
    for (JsonNode c : SacreBleuVectors.cases()) {
      for (JsonNode config : c.get("chrf")) {
        String name = c.get("id").asText() + " " + config.get("cli_args");
        tests.add(DynamicTest.dynamicTest(name, () -> check(c, config)));
      }
    }
    return tests.stream();
  }

  private static void check(JsonNode c, JsonNode config) {
    JsonNode o = config.get("options");
    ChrfOptions options =
        new ChrfOptions(
            o.get("char_order").asInt(),
            o.get("word_order").asInt(),
            o.get("beta").asInt(),
            o.get("lowercase").asBoolean(),
            o.get("whitespace").asBoolean(),
            o.get("eps_smoothing").asBoolean());
    Chrf chrf = new Chrf(options);
    assertEquals(config.get("name").asText(), options.displayName());
    List<TextSegment> segments = SacreBleuVectors.segments(c);

    JsonNode corpus = config.get("corpus");
    ChrfScore score = chrf.evaluateCorpus(segments);
    assertArrayEquals(SacreBleuVectors.longs(corpus.get("stats")), score.statistics(), "stats");
    assertEquals(corpus.get("score").asDouble(), score.score(), 0.0, "score");
    assertEquals(corpus.get("score").asDouble(), chrf.corpusScore(segments), 0.0, "metric score");
    Signature signature = chrf.signature(TextSegment.referenceCount(segments));
    assertEquals(corpus.get("signature").asText(), signature.format());
    assertEquals(corpus.get("signature_short").asText(), signature.formatShort());
    assertEquals(corpus.get("formatted").asText(), score.format(Chrf.API_WIDTH));
    assertEquals(
        corpus.get("cli_text").asText(), score.format(Chrf.CLI_WIDTH, signature.format()));

    JsonNode sentence = config.get("sentence");
    for (int i = 0; i < segments.size(); i++) {
      JsonNode expected = sentence.get("segments").get(i);
      ChrfScore s = chrf.evaluateSentence(segments.get(i));
      assertArrayEquals(SacreBleuVectors.longs(expected.get("stats")), s.statistics(), "seg " + i);
      assertEquals(expected.get("score").asDouble(), s.score(), 0.0, "seg " + i);
      assertEquals(expected.get("formatted").asText(), s.format(Chrf.API_WIDTH), "seg " + i);
    }
    // sacreBLEU's API reports the signature as left by the last sentence_score call.
    TextSegment last = segments.get(segments.size() - 1);
    assertEquals(
        sentence.get("signature").asText(),
        chrf.signature(TextSegment.referenceCount(List.of(last))).format());
  }
}
