package org.seq4j.eval.tagging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every case of {@code eval-vectors/conlleval.json} (conlleval.pl 2004-01-26 run on Perl 5.36):
 * overall counts, every printed figure, every per-type line and the whole standard output. The
 * {@code iobes_input_quirk} case records conlleval's misreading of BIOES; it is checked against the
 * raw conlleval mode only (the BIOES-aware decoder is tested in {@link ChunkDecoderTest}).
 */
class ConllevalVectorsTest {

  private static final String VECTORS = "/eval-vectors/conlleval.json";

  @TempDir Path dir;

  static Stream<Arguments> cases() throws IOException {
    try (InputStream in = ConllevalVectorsTest.class.getResourceAsStream(VECTORS)) {
      assertNotNull(in, "test resource " + VECTORS + " is missing");
      JsonNode root = new ObjectMapper().readTree(in);
      assertEquals("eval-vectors/conlleval v1", root.get("format").asText());
      List<Arguments> cases = new ArrayList<>();
      for (JsonNode c : root.get("cases")) {
        cases.add(Arguments.of(c.get("id").asText(), c));
      }
      assertEquals(12, cases.size(), "number of conlleval cases");
      return cases.stream();
    }
  }

  static List<TaggedSentence> sentences(JsonNode c) {
    List<TaggedSentence> sentences = new ArrayList<>();
    for (JsonNode sentence : c.get("sentences")) {
      List<String> tokens = new ArrayList<>();
      List<String> gold = new ArrayList<>();
      List<String> predicted = new ArrayList<>();
      for (JsonNode row : sentence) {
        int n = row.size();
        tokens.add(row.get(0).asText());
        gold.add(row.get(n - 2).asText());
        predicted.add(row.get(n - 1).asText());
      }
      sentences.add(new TaggedSentence(tokens, gold, predicted));
    }
    return sentences;
  }

  static boolean isQuirk(JsonNode c) {
    return c.get("conlleval_quirk").asBoolean();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void schemeAwareReportMatchesConlleval(String id, JsonNode c) {
    if (isQuirk(c)) {
      // Not a target for a BIOES-aware evaluator (see the README); covered by the raw mode.
      return;
    }
    List<TaggedSentence> sentences = sentences(c);
    TagEvaluation evaluation =
        TagEvaluation.of(sentences, Optional.of(TagScheme.IOB2), false, false, Set.of());
    ConllevalReport report = evaluation.conlleval().orElseThrow();
    assertReportMatches(c.get("expected"), report);
    assertEquals(c.get("expected").get("overall").get("correct_tags").asLong(),
        evaluation.accuracy().correct());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void rawConllevalModeMatchesConlleval(String id, JsonNode c) {
    assertReportMatches(c.get("expected"), ConllevalRawCounter.count(sentences(c)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void readingTheConllevalInputTextGivesTheSameReport(String id, JsonNode c) throws IOException {
    Path input = dir.resolve(id + ".txt");
    Files.writeString(input, c.get("input").asText(), StandardCharsets.UTF_8);
    int columns = c.get("sentences").get(0).get(0).size();
    TagFile gold = TagFileReader.read(input, TagFileFormat.CONLL, OptionalInt.of(columns - 1));
    TagFile predicted = TagFileReader.read(input, TagFileFormat.CONLL, OptionalInt.of(columns));
    List<TaggedSentence> pairs = gold.pairWith(predicted);
    assertEquals(sentences(c), pairs);
    ConllevalReport report = isQuirk(c)
        ? ConllevalRawCounter.count(pairs)
        : TagEvaluation.of(pairs, TagScheme.detect(gold.tagSet()), false, false, Set.of())
            .conlleval().orElseThrow();
    assertEquals(c.get("expected").get("stdout").asText(), report.toText());
  }

  private static void assertReportMatches(JsonNode expected, ConllevalReport report) {
    JsonNode overall = expected.get("overall");
    MatchCounts total = report.entities().total();
    assertEquals(overall.get("tokens").asLong(), report.tokens(), "tokens");
    assertEquals(overall.get("correct_tags").asLong(), report.correctTags(), "correct_tags");
    assertEquals(overall.get("gold_phrases").asLong(), total.gold(), "gold_phrases");
    assertEquals(overall.get("found_phrases").asLong(), total.found(), "found_phrases");
    assertEquals(overall.get("correct_phrases").asLong(), total.correct(), "correct_phrases");
    assertEquals(overall.get("accuracy").asText(), printed(report.accuracy()), "accuracy");
    assertEquals(overall.get("precision").asText(), printed(total.precision()), "precision");
    assertEquals(overall.get("recall").asText(), printed(total.recall()), "recall");
    assertEquals(overall.get("fb1").asText(), printed(total.f1()), "fb1");

    List<Map.Entry<String, MatchCounts>> types =
        new ArrayList<>(report.entities().perType().entrySet());
    JsonNode perType = expected.get("per_type");
    assertEquals(perType.size(), types.size(), "number of type lines");
    for (int i = 0; i < types.size(); i++) {
      JsonNode line = perType.get(i);
      String type = types.get(i).getKey();
      MatchCounts counts = types.get(i).getValue();
      assertEquals(line.get("type").asText(), type, "type order");
      assertEquals(line.get("found").asLong(), counts.found(), type + " found");
      assertEquals(line.get("gold").asLong(), counts.gold(), type + " gold");
      assertEquals(line.get("correct").asLong(), counts.correct(), type + " correct");
      assertEquals(line.get("precision").asText(), printed(counts.precision()), type + " precision");
      assertEquals(line.get("recall").asText(), printed(counts.recall()), type + " recall");
      assertEquals(line.get("fb1").asText(), printed(counts.f1()), type + " fb1");
    }
    String stdout = expected.get("stdout").asText();
    assertEquals(stdout, report.toText(), "conlleval stdout");
    assertTrue(stdout.endsWith("\n"));
  }

  private static String printed(double value) {
    return ConllevalReport.percent(value).strip();
  }
}
