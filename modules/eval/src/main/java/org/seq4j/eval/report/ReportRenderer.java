package org.seq4j.eval.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.seq4j.eval.EvalInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Renders a run directory's {@code report.json} into the human-readable files next to it:
 * {@code report.md}, {@code report.html} and, when the report has per-sentence scores,
 * {@code sentences.csv}. Rendering is a pure function of the directory's files and can be
 * repeated at any time (e.g. after a seq4j upgrade improved the page) without re-running the
 * experiment.
 *
 * <p>The learning curve comes from the run's {@code metrics.jsonl} when that file exists (it is
 * the training loop's own log), otherwise from the copy inside {@code report.json}.
 */
public final class ReportRenderer {
  private static final Logger LOG = LoggerFactory.getLogger(ReportRenderer.class);

  private ReportRenderer() {}

  /**
   * @throws EvalInputException when {@code runDir} is not a directory or its report.json or
   *     metrics.jsonl is missing or malformed
   * @throws IOException when an output cannot be written
   */
  public static RenderedReport render(Path runDir) throws IOException {
    if (!Files.isDirectory(runDir)) {
      throw new EvalInputException(runDir.toString(), 0,
          Files.exists(runDir) ? "not a directory (expected a run directory containing report.json)"
              : "run directory not found");
    }
    Report report = ReportJson.read(runDir.resolve(ReportJson.FILE_NAME));
    Path log = runDir.resolve(MetricsLog.FILE_NAME);
    LearningCurve curve = Files.isRegularFile(log) ? MetricsLog.read(log) : null;
    return write(runDir, report, curve);
  }

  /** Writes the rendered files for an in-memory report into {@code dir}. */
  public static RenderedReport write(Path dir, Report report, LearningCurve curve) throws IOException {
    Path markdown = dir.resolve(MarkdownReport.FILE_NAME);
    Path html = dir.resolve(HtmlReport.FILE_NAME);
    AtomicTextFile.write(markdown, MarkdownReport.render(report, curve));
    AtomicTextFile.write(html, HtmlReport.render(report, curve));
    Path csv = null;
    if (report.sentences() != null && !report.sentences().isEmpty()) {
      csv = dir.resolve(SentenceScoresCsv.FILE_NAME);
      SentenceScoresCsv.write(csv, report.sentences());
    }
    LOG.debug("rendered report in {}", dir);
    return new RenderedReport(markdown, html, csv);
  }
}
