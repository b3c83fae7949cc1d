package org.seq4j.eval.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class HtmlReportTest {
  private static final String EVIL = "<script>alert('x')</script>\"&";

  @Test
  void everyStringFromDataIsEscaped() {
    Report report = Report.builder()
        .run(new RunInfo(EVIL, EVIL, 1L, EVIL, EVIL))
        .metric(EVIL, EVIL, 1.0)
        .signature(EVIL, EVIL)
        .stageSeconds(EVIL, 1.0)
        .corpus(Map.of(EVIL, Map.of(EVIL, 1)))
        .labelTable(new LabelTable(EVIL, EVIL, List.of(new LabelScore(EVIL, 1.0, 1.0, 1.0, 1L, 1L, 1L))))
        .confusionMatrix(ConfusionMatrix.of(EVIL, EVIL, List.of(EVIL, "b"), new long[][] {{1, 2}, {3, 4}}))
        .lengthBuckets(new LengthBuckets(EVIL, EVIL, List.of(new LengthBucket(EVIL, 1, 2.0))))
        .sentences(new SentenceScores(EVIL, EVIL, List.of(new SentenceScore(EVIL, EVIL, EVIL, EVIL, 3.0))))
        .significance(new SignificanceResult(EVIL, EVIL, EVIL, 1, 2, null, null, 0.5, 10, 0.95))
        .learningCurve(new LearningCurve(List.of(Map.of("epoch", 1.0, EVIL, 2.0))))
        .build();
    String html = HtmlReport.render(report, null);
    assertFalse(html.contains("<script"), "no script element at all");
    assertFalse(html.contains("alert('x')"), "quotes escaped");
    assertTrue(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&quot;&amp;"));
  }

  @Test
  void pageIsSelfContained() {
    for (Report report : List.of(ReportFixtures.tagging(), ReportFixtures.translation(), ReportFixtures.xpos(50))) {
      String html = HtmlReport.render(report, null);
      assertFalse(html.contains("<script"));
      assertFalse(html.contains("<link rel=\"stylesheet\""));
      assertFalse(html.contains("@import"));
      assertFalse(html.contains("url("));
      Matcher refs = Pattern.compile("(?:src|href)=\"([^\"]*)\"").matcher(html);
      while (refs.find()) {
        String ref = refs.group(1);
        assertTrue(ref.startsWith("#") || ref.equals("data:,"), "external reference " + ref);
      }
      Matcher urls = Pattern.compile("https?://[^\"' <]+").matcher(html);
      while (urls.find()) {
        assertEquals("http://www.w3.org/2000/svg", urls.group(), "only the SVG namespace");
      }
    }
  }

  @Test
  void taggingPageHasAllSections() {
    String html = HtmlReport.render(ReportFixtures.tagging(), null);
    for (String id : List.of("metrics", "learning-curves", "per-label-scores", "confusion-matrix", "sample-outputs",
        "corpus-statistics", "timing")) {
      assertTrue(html.contains("<section class=\"card\" id=\"" + id + "\">"), id);
      assertTrue(html.contains("href=\"#" + id + "\""), "toc link " + id);
    }
    assertTrue(html.contains("Not available for this run: Scores by source length."));
    assertEquals(3, SvgChartsTest.count(html, "polyline"), "train_loss, dev_loss and dev_accuracy");
    assertTrue(html.contains("class=\"mono miss\""), "wrong predicted tags are highlighted");
  }

  @Test
  void emptyReportSaysNotAvailable() {
    String html = HtmlReport.render(Report.builder().build(), null);
    assertTrue(html.contains("No metrics available."));
    assertTrue(html.contains("Not available for this run: Learning curves, Per-label scores, Confusion matrix,"));
    assertFalse(html.contains("<svg"));
  }

  @Test
  void curveArgumentOverridesTheReportCopy() {
    LearningCurve fromLog = new LearningCurve(List.of(Map.of("epoch", 1.0, "log_only_loss", 0.5)));
    String html = HtmlReport.render(ReportFixtures.translation(), fromLog);
    assertTrue(html.contains("log_only_loss"));
    assertFalse(html.contains("dev_bleu"));
  }

  @Test
  void oneEpochAndMissingValuesRenderWithoutNaN() {
    LearningCurve curve = new LearningCurve(List.of(Map.of("epoch", 1.0, "train_loss", Double.NaN, "dev_f1", 50.0)));
    String html = HtmlReport.render(Report.builder().build(), curve);
    assertFalse(html.contains("NaN"));
    assertTrue(html.contains("dev_f1"));
    assertTrue(html.contains("All values (1 point)"));
  }
}
