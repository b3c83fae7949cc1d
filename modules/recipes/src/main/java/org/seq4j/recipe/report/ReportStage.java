package org.seq4j.recipe.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.seq4j.corpus.AtomicFiles;
import org.seq4j.eval.report.HtmlReport;
import org.seq4j.eval.report.LearningCurve;
import org.seq4j.eval.report.MarkdownReport;
import org.seq4j.eval.report.MetricsLog;
import org.seq4j.eval.report.Report;
import org.seq4j.eval.report.ReportJson;
import org.seq4j.eval.report.SentenceScoresCsv;
import org.seq4j.recipe.Recipe;
import org.seq4j.recipe.section.ReportSection;
import org.seq4j.recipe.stage.Artifact;
import org.seq4j.recipe.stage.Stage;
import org.seq4j.recipe.stage.StageContext;
import org.seq4j.recipe.stage.StageName;
import org.seq4j.recipe.stage.StageResult;

/**
 * The report stage: renders the run directory's report.json (and metrics.jsonl, when training
 * wrote one) into the formats {@code report.formats} lists, with the eval module's renderers, plus
 * sentences.csv when the report has per-sentence scores.
 *
 * <p>Design: the runner, not a stage, owns report.json: it rewrites it after every stage, so this
 * stage renders whatever the earlier stages produced (corpus statistics and timing after prepare;
 * metrics once evaluate exists) and never computes numbers itself. Its own duration is added to
 * report.json after it ran, so the rendered pages show every stage's time except the report's
 * own (milliseconds). It needs prepared data only so that the page has something to show; a
 * report of a run without evaluation simply lists metrics as not available.
 */
public final class ReportStage implements Stage {

  @Override
  public StageName name() {
    return StageName.REPORT;
  }

  @Override
  public Set<Artifact> needs(Recipe recipe) {
    return Set.of(Artifact.PREPARED_DATA);
  }

  @Override
  public Set<Artifact> produces() {
    return Set.of();
  }

  @Override
  public boolean isAvailable() {
    return true;
  }

  @Override
  public StageResult run(StageContext context) throws IOException {
    Path runDir = context.outDir();
    Report report = ReportJson.read(runDir.resolve(ReportJson.FILE_NAME));
    Path log = runDir.resolve(MetricsLog.FILE_NAME);
    LearningCurve curve = Files.isRegularFile(log) ? MetricsLog.read(log) : null;
    List<String> written = new ArrayList<>();
    List<ReportSection.Format> formats = context.recipe().report().formats();
    if (formats.contains(ReportSection.Format.MD)) {
      AtomicFiles.writeString(runDir.resolve(MarkdownReport.FILE_NAME), MarkdownReport.render(report, curve));
      written.add(MarkdownReport.FILE_NAME);
    }
    if (formats.contains(ReportSection.Format.HTML)) {
      AtomicFiles.writeString(runDir.resolve(HtmlReport.FILE_NAME), HtmlReport.render(report, curve));
      written.add(HtmlReport.FILE_NAME);
    }
    if (report.sentences() != null && !report.sentences().isEmpty()) {
      SentenceScoresCsv.write(runDir.resolve(SentenceScoresCsv.FILE_NAME), report.sentences());
      written.add(SentenceScoresCsv.FILE_NAME);
    }
    context.log().info("report: wrote " + String.join(", ", written) + " to " + runDir);
    String summary = "Report: " + String.join(", ", written.stream().map(f -> runDir.resolve(f).toString()).toList());
    return new StageResult(Optional.empty(), Optional.of(summary + System.lineSeparator()), 0);
  }
}
