package org.seq4j.eval.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.seq4j.eval.bleu.Bleu;
import org.seq4j.eval.bleu.BleuOptions;

/** Every {@code bleu_tokenized} string of the sacreBLEU vectors, for all four tokenizers. */
class TokenizationVectorsTest {

  @TestFactory
  Stream<DynamicTest> tokenizedStringsMatchSacreBleu() {
    List<DynamicTest> tests = new ArrayList<>();
    for (JsonNode c : SacreBleuVectors.cases()) {
      JsonNode tokenized = c.get("bleu_tokenized");
      tokenized
          .fieldNames()
          .forEachRemaining(
              key ->
                  tests.add(
                      DynamicTest.dynamicTest(
                          c.get("id").asText() + " " + key,
                          () -> check(c, key, tokenized.get(key)))));
    }
    return tests.stream();
  }

  private static void check(JsonNode c, String key, JsonNode expected) {
    boolean lowercase = key.endsWith("+lc");
    Tokenization tok = Tokenization.fromName(lowercase ? key.substring(0, key.length() - 3) : key);
    Bleu bleu = new Bleu(BleuOptions.defaults().withTokenization(tok).withLowercase(lowercase));
    List<String> hyps = SacreBleuVectors.strings(c.get("hyps"));
    List<String> expectedHyps = SacreBleuVectors.strings(expected.get("hyps"));
    for (int i = 0; i < hyps.size(); i++) {
      assertEquals(expectedHyps.get(i), bleu.preprocess(hyps.get(i)), "hyp " + i);
    }
    for (int k = 0; k < c.get("refs").size(); k++) {
      List<String> refs = SacreBleuVectors.strings(c.get("refs").get(k));
      List<String> expectedRefs = SacreBleuVectors.strings(expected.get("refs").get(k));
      for (int i = 0; i < refs.size(); i++) {
        if (refs.get(i) == null) {
          continue;
        }
        assertEquals(expectedRefs.get(i), bleu.preprocess(refs.get(i)), "ref " + k + " " + i);
      }
    }
  }
}
