package org.seq4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seq4j.eval.report.LabelScore;
import org.seq4j.eval.report.LabelTable;
import org.seq4j.eval.report.Report;
import org.seq4j.eval.report.ReportJson;
import org.seq4j.eval.report.RunInfo;
import org.seq4j.eval.report.SentenceScore;
import org.seq4j.eval.report.SentenceScores;
import picocli.CommandLine;

/** {@code seq4j report RUN_DIR} end to end through {@link Seq4j#commandLine()}. */
class ReportCommandTest {
  @TempDir Path dir;

  private record Run(int exitCode, String out, String err) {}

  private Run run(String... args) {
    CommandLine cl = Seq4j.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int code = cl.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void rendersMarkdownHtmlAndCsv() throws Exception {
    Report report = Report.builder()
        .run(RunInfo.of("cli-test", "tagging"))
        .metric("test", "accuracy", 93.25)
        .labelTable(new LabelTable("per tag", "test", List.of(new LabelScore("NOUN", 90.0, 95.0, 92.4, 20L, 21L, 19L))))
        .sentences(new SentenceScores("accuracy", "test", List.of(new SentenceScore("1", "a <dog>", "DET NOUN", "DET VERB", 50.0))))
        .build();
    ReportJson.writeToRunDir(dir, report);
    Files.writeString(dir.resolve("metrics.jsonl"), "{\"epoch\":1,\"train_loss\":0.9}\n{\"epoch\":2,\"train_loss\":0.5}\n");

    Run r = run("report", dir.toString());

    assertEquals(0, r.exitCode(), r.err());
    assertTrue(r.out().contains(dir.resolve("report.html").toString()), r.out());
    assertTrue(Files.readString(dir.resolve("report.md")).contains("93.25"));
    String html = Files.readString(dir.resolve("report.html"));
    assertTrue(html.contains("&lt;dog&gt;") && !html.contains("<dog>"), "data is escaped");
    assertTrue(html.contains("train_loss"), "learning curve from metrics.jsonl");
    assertTrue(Files.readString(dir.resolve("sentences.csv")).startsWith("id,source,reference,hypothesis,score"));
  }

  @Test
  void missingRunDirIsBadInput() {
    Run r = run("report", dir.resolve("nope").toString());
    assertEquals(Seq4j.EXIT_BAD_INPUT, r.exitCode());
    assertTrue(r.err().contains("nope") && r.err().contains("not found"), r.err());
    assertFalse(r.err().contains("Exception"), "no stack trace for user errors: " + r.err());
  }

  @Test
  void missingReportJsonIsBadInput() {
    Run r = run("report", dir.toString());
    assertEquals(Seq4j.EXIT_BAD_INPUT, r.exitCode());
    assertTrue(r.err().contains("report.json"), r.err());
    assertEquals(1, r.err().strip().lines().count(), "one-line message: " + r.err());
  }

  @Test
  void malformedReportJsonIsBadInputWithLine() throws Exception {
    Files.writeString(dir.resolve("report.json"), "{\n  \"schema\": \"seq4j-report/1\",\n  \"metrics\": oops\n}\n");
    Run r = run("report", dir.toString());
    assertEquals(Seq4j.EXIT_BAD_INPUT, r.exitCode());
    assertTrue(r.err().contains("report.json:3:"), r.err());
  }

  @Test
  void wrongSchemaIsBadInput() throws Exception {
    Files.writeString(dir.resolve("report.json"), "{\"schema\": \"something-else/1\"}");
    Run r = run("report", dir.toString());
    assertEquals(Seq4j.EXIT_BAD_INPUT, r.exitCode());
    assertTrue(r.err().contains("not a seq4j report"), r.err());
  }

  @Test
  void missingArgumentIsUsageError() {
    Run r = run("report");
    assertEquals(Seq4j.EXIT_BAD_INPUT, r.exitCode());
    assertTrue(r.err().contains("RUN_DIR"), r.err());
  }
}
