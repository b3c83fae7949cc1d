package org.seq4j.eval.tagging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.seq4j.eval.report.LabelScore;
import org.seq4j.eval.report.LabelTable;
import org.seq4j.eval.report.SignificanceResult;
import org.seq4j.eval.significance.PairedBootstrap;
import org.seq4j.eval.significance.PairedBootstrapResult;

class TaggingReportTablesTest {

  private static List<String> tags(String s) {
    return Arrays.asList(s.split(" "));
  }

  @Test
  void tablesCarryTheCountsAndScores() {
    List<TaggedSentence> corpus = List.of(
        new TaggedSentence(tags("a b c"), tags("B-PER O B-LOC"), tags("B-PER O O")));
    TagEvaluation evaluation = TagEvaluation.of(corpus, Optional.of(TagScheme.IOB2), false, false, Set.of());
    LabelTable table = TaggingReportTables.entityTable(evaluation.conlleval().orElseThrow().entities(), "test");
    assertEquals(List.of(new LabelScore("LOC", 0.0, 0.0, 0.0, 1L, 0L, 0L),
        new LabelScore("PER", 100.0, 100.0, 100.0, 1L, 1L, 1L)), table.rows());
    assertEquals(evaluation.confusion().tags(),
        TaggingReportTables.confusionMatrix(evaluation.confusion(), "UPOS", "test").labels());
    assertEquals(3, TaggingReportTables.tagTable(evaluation.confusion(), "tags", "test").rows().size());

    PairedBootstrapResult result = new PairedBootstrap(50, 1).compare(new TokenAccuracyMetric(), corpus, corpus);
    SignificanceResult significance = TaggingReportTables.significance(result, "a", "b");
    assertEquals(result.pValue(), significance.pValue());
    assertEquals(result.a().lower(), significance.intervalA().low());
    assertEquals(50, significance.resamples());
  }
}
