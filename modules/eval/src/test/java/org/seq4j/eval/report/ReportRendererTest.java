package org.seq4j.eval.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seq4j.eval.EvalInputException;

class ReportRendererTest {
  @TempDir Path dir;

  @Test
  void rendersAllFilesAndPrefersMetricsLog() throws Exception {
    ReportJson.writeToRunDir(dir, ReportFixtures.translation());
    Files.writeString(dir.resolve(MetricsLog.FILE_NAME), "{\"epoch\":1,\"train_loss\":4.0,\"dev_chrf\":30.0}\n");
    RenderedReport rendered = ReportRenderer.render(dir);
    assertEquals(dir.resolve("report.md"), rendered.markdown());
    assertEquals(dir.resolve("report.html"), rendered.html());
    assertEquals(dir.resolve("sentences.csv"), rendered.csv());
    String html = Files.readString(rendered.html());
    assertTrue(html.contains("dev_chrf") && !html.contains("dev_bleu"), "curve from metrics.jsonl");
    assertEquals(41, Files.readAllLines(rendered.csv()).size(), "header + 40 sentences");
    assertTrue(Files.readString(rendered.markdown()).contains("dev\\_chrf"));
  }

  @Test
  void noCsvWithoutSentences() throws Exception {
    ReportJson.writeToRunDir(dir, Report.builder().metric("test", "accuracy", 90).build());
    RenderedReport rendered = ReportRenderer.render(dir);
    assertNull(rendered.csv());
    assertTrue(Files.exists(rendered.html()));
  }

  @Test
  void missingDirectoryOrReportIsBadInput() throws Exception {
    EvalInputException noDir = assertThrows(EvalInputException.class, () -> ReportRenderer.render(dir.resolve("x")));
    assertTrue(noDir.getMessage().contains("run directory not found"));
    Path file = Files.writeString(dir.resolve("plain.txt"), "x");
    assertTrue(assertThrows(EvalInputException.class, () -> ReportRenderer.render(file)).getMessage().contains("not a directory"));
    assertTrue(assertThrows(EvalInputException.class, () -> ReportRenderer.render(dir)).getMessage().contains("report.json"));
  }
}
