package org.seq4j.eval.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seq4j.eval.EvalInputException;

class ReportJsonTest {
  @TempDir Path dir;

  @Test
  void roundTripsTaggingAndTranslationReports() throws Exception {
    for (Report report : List.of(ReportFixtures.tagging(), ReportFixtures.translation())) {
      Path file = ReportJson.writeToRunDir(dir, report);
      Report back = ReportJson.read(file);
      // NaN precision is written as null and read back as null: compare with that normalisation.
      assertEquals(ReportJson.toJson(report), ReportJson.toJson(back));
      assertEquals(report.metrics(), back.metrics());
      assertEquals(report.confusionMatrices(), back.confusionMatrices());
      assertEquals(report.sentences(), back.sentences());
      assertEquals(report.learningCurve(), back.learningCurve());
      assertEquals(report.timing(), back.timing());
      assertEquals(report.significance(), back.significance());
    }
  }

  @Test
  void jsonFollowsTheDocumentedContract() throws Exception {
    Report report = ReportFixtures.translation();
    JsonNode json = new ObjectMapper().readTree(ReportJson.toJson(report));
    assertEquals(Report.SCHEMA, json.get("schema").asText());
    assertEquals(35.12, json.at("/metrics/test/bleu").asDouble());
    assertEquals(1830.5, json.at("/timing/stage_seconds/train").asDouble());
    assertEquals(2012.0, json.at("/timing/tokens_per_second/train").asDouble());
    assertEquals(29000, json.at("/corpus/train/pairs").asInt());
    assertTrue(json.at("/signatures/bleu").asText().startsWith("nrefs:1"));
    assertEquals("0.1.0-SNAPSHOT", json.at("/run/seq4j_version").asText());
    assertEquals(0.0099, json.at("/significance/0/p_value").asDouble());
    assertTrue(json.at("/length_buckets/0/buckets/5/score").isMissingNode()
        || json.at("/length_buckets/0/buckets/5/score").isNull());
    assertFalse(json.has("confusion_matrices"), "empty sections are omitted");
    assertFalse(json.has("empty"), "helper methods are not serialised");
  }

  @Test
  void nonFiniteNumbersBecomeNull() throws Exception {
    Report report = Report.builder()
        .labelTable(new LabelTable("t", "test", List.of(new LabelScore("X", Double.NaN, 0.0, null, 3L, 0L, 0L))))
        .build();
    String text = ReportJson.toJson(report);
    assertFalse(text.contains("NaN"), text);
    Report back = ReportJson.parse("mem", text);
    assertNull(back.labelTables().get(0).rows().get(0).precision());
    assertEquals(0.0, back.labelTables().get(0).rows().get(0).recall());
  }

  @Test
  void minimalReportReadsWithEmptySections() {
    Report report = ReportJson.parse("mem", "{\"schema\":\"seq4j-report/1\",\"metrics\":{\"test\":{\"f1\":88.5}},\"future_field\":1}");
    assertEquals(88.5, report.metric("test", "f1"));
    assertTrue(report.labelTables().isEmpty());
    assertTrue(report.timing().isEmpty());
    assertTrue(report.learningCurve().isEmpty());
    assertNull(report.samplesOrDerived(5));
  }

  @Test
  void writeIsAtomicAndLeavesNoTempFiles() throws Exception {
    ReportJson.writeToRunDir(dir, ReportFixtures.tagging());
    ReportJson.writeToRunDir(dir, ReportFixtures.translation());
    try (var files = Files.list(dir)) {
      assertEquals(List.of("report.json"), files.map(p -> p.getFileName().toString()).toList());
    }
    assertEquals("translation", ReportJson.read(dir.resolve("report.json")).run().task());
  }

  @Test
  void badInputNamesFileAndProblem() throws Exception {
    EvalInputException missing = assertThrows(EvalInputException.class, () -> ReportJson.read(dir.resolve("report.json")));
    assertTrue(missing.getMessage().contains("report.json"), missing.getMessage());

    Path broken = dir.resolve("broken.json");
    Files.writeString(broken, "{\n\"schema\": \"seq4j-report/1\",\n\"metrics\": {\"test\": [1, 2\n");
    EvalInputException malformed = assertThrows(EvalInputException.class, () -> ReportJson.read(broken));
    assertTrue(malformed.getMessage().startsWith(broken + ":"), malformed.getMessage());
    assertTrue(malformed.line() > 0);

    assertThrows(EvalInputException.class, () -> ReportJson.parse("x", "{\"metrics\":{}}"));
    EvalInputException newer = assertThrows(EvalInputException.class, () -> ReportJson.parse("x", "{\"schema\":\"seq4j-report/2\"}"));
    assertTrue(newer.getMessage().contains("seq4j-report/2"));
    assertThrows(EvalInputException.class, () -> ReportJson.parse("x", "[1,2]"));
    EvalInputException wrongShape = assertThrows(EvalInputException.class,
        () -> ReportJson.parse("x", "{\"schema\":\"seq4j-report/1\",\n\"metrics\":{\"test\":{\"bleu\":\"high\"}}}"));
    assertEquals(2, wrongShape.line(), wrongShape.getMessage());
    assertThrows(EvalInputException.class, () -> ReportJson.parse("x",
        "{\"schema\":\"seq4j-report/1\",\"confusion_matrices\":[{\"labels\":[\"A\",\"B\"],\"counts\":[[1]]}]}"));
  }

  @Test
  void builderCopiesExistingReport() {
    Report base = ReportFixtures.translation();
    Report more = base.toBuilder().metric("test", "ter", 50.0).build();
    assertEquals(50.0, more.metric("test", "ter"));
    assertNull(base.metric("test", "ter"));
    assertEquals(List.of("bleu", "chrf", "ter"), List.copyOf(more.metrics().get("test").keySet()));
    assertEquals(Map.of(), Report.builder().build().corpus());
  }
}
