package org.seq4j.eval.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownReportTest {

  @Test
  void tableHasHeaderAlignmentRowAndEscapedCells() {
    TextTable t = new TextTable(List.of("Label", "F1"), List.of(false, true),
        List.of(List.of("a|b", "1.00"), List.of("*x*\nnext", "2.00")));
    String md = MarkdownText.table(t);
    List<String> lines = md.lines().toList();
    assertEquals("| Label | F1 |", lines.get(0));
    assertEquals("| --- | ---: |", lines.get(1));
    assertEquals("| a\\|b | 1.00 |", lines.get(2));
    assertEquals("| \\*x\\* next | 2.00 |", lines.get(3));
    for (String line : lines) {
      assertEquals(3, line.replace("\\|", "").chars().filter(c -> c == '|').count(), line);
    }
  }

  @Test
  void translationReportHasMetricsWithSignaturesBucketsAndSamples() {
    Report report = ReportFixtures.translation();
    String md = MarkdownReport.render(report, null);
    assertTrue(md.startsWith("# seq4j report: multi30k-de-en-attention\n"));
    assertTrue(md.contains("| test | bleu | 35.12 | nrefs:1\\|case:mixed\\|eff:no\\|tok:13a\\|smooth:exp\\|version:2.4.0 |"), md);
    assertTrue(md.contains("## BLEU by source length (test)"));
    assertTrue(md.contains("| empty | 0 | n/a |"));
    assertTrue(md.contains("## Significance (paired bootstrap)"));
    assertTrue(md.contains("\\[31.80, 34.20\\]"), md);
    assertTrue(md.contains("## Best sentences") && md.contains("## Worst sentences"));
    assertTrue(md.contains("Ein Mann \\<fährt\\> Fahrrad \\& lacht"), "sample text is escaped");
    assertTrue(md.contains("| train | 1830.5 | 2,012 |"), md);
  }

  @Test
  void taggingReportHasPerTagTableConfusionsAndCorpusMatrix() {
    Report report = ReportFixtures.tagging();
    String md = MarkdownReport.render(report, null);
    assertTrue(md.contains("## UPOS per tag (test)"));
    assertTrue(md.contains("| Label | Precision | Recall | F1 | Gold (support) | Found | Correct |"));
    for (String tag : ReportFixtures.UPOS) {
      assertTrue(md.contains("| " + tag + " | "), tag);
    }
    assertTrue(md.contains("most frequent errors"));
    assertTrue(md.contains("| Split | "), "corpus stats as split matrix");
    assertTrue(md.contains("## Learning curve"));
    assertEquals(ReportFixtures.EPOCHS, md.lines().filter(l -> l.matches("\\| \\d+ \\| [0-9,]+ \\| .*")).count());
  }

  @Test
  void emptySectionsAreLeftOut() {
    String md = MarkdownReport.render(Report.builder().metric("test", "f1", 80.0).build(), null);
    assertTrue(md.contains("## Metrics"));
    for (String absent : List.of("Timing", "Corpus", "Learning", "sentences", "Significance", "Signature")) {
      assertFalse(md.contains(absent), absent + " in\n" + md);
    }
  }

  @Test
  void nonSplitCorpusStatsAreFlattened() {
    Report report = Report.builder().corpus(java.util.Map.of("vocab", java.util.Map.of("source", 8000, "bpe", java.util.Map.of("merges", 10000)), "name", "multi30k")).build();
    String md = MarkdownReport.render(report, null);
    assertTrue(md.contains("| vocab.bpe.merges | 10,000 |"), md);
    assertTrue(md.contains("| name | multi30k |"), md);
  }

  @Test
  void statsJsonShapeBecomesCaptionedSplitTables() {
    java.util.Map<String, Object> train = new java.util.LinkedHashMap<>(java.util.Map.of("sentences", 3));
    train.put("words", 9);
    java.util.Map<String, Object> dev = new java.util.LinkedHashMap<>(java.util.Map.of("sentences", 1));
    dev.put("words", 3);
    dev.put("oov_token_rate", 0.5);
    java.util.Map<String, Object> splits = new java.util.LinkedHashMap<>();
    splits.put("train", train);
    splits.put("dev", dev);
    java.util.Map<String, Object> stats = new java.util.LinkedHashMap<>();
    stats.put("task", "tagging");
    stats.put("splits", splits);
    stats.put("filtered", java.util.Map.of("train", java.util.Map.of("input", 3, "dropped", java.util.Map.of("too_long", 0))));
    String md = MarkdownReport.render(Report.builder().corpus(stats).build(), null);
    assertTrue(md.contains("### Splits\n\n| Split | sentences | words | oov\\_token\\_rate |"), md);
    assertTrue(md.contains("### Filtered"), md);
    assertTrue(md.contains("dropped.too\\_long"), md);
    assertTrue(md.contains("| task | tagging |"), md);
    assertTrue(md.indexOf("### Splits") < md.indexOf("### Filtered"), "keeps the statistics' order");
  }

  @Test
  void formatsNumbers() {
    assertEquals("12,543", Formats.number(12543));
    assertEquals("0.4123", Formats.number(0.41234));
    assertEquals("0.5", Formats.number(0.5));
    assertEquals("1.5e-05", Formats.number(0.000015));
    assertEquals("n/a", Formats.number(Double.NaN));
    assertEquals("n/a", Formats.score(null));
    assertEquals("35.12", Formats.score(35.123));
  }
}
