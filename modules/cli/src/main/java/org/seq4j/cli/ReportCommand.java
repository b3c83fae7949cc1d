package org.seq4j.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.seq4j.eval.report.RenderedReport;
import org.seq4j.eval.report.ReportRenderer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code seq4j report RUN_DIR}: renders a run directory's {@code report.json} (plus its
 * {@code metrics.jsonl}, if any) into {@code report.md}, {@code report.html} and, when there are
 * per-sentence scores, {@code sentences.csv}, and prints the paths written. A missing or malformed
 * run directory or report is bad input (exit 2, one-line message from EvalInputException).
 */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = {
      "Render a run directory's report.json as report.md, a self-contained report.html and sentences.csv.",
      "Re-rendering never changes report.json, so it can be repeated at any time."
    })
final class ReportCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "RUN_DIR", description = "Run directory containing report.json.")
  Path runDir;

  @Override
  public Integer call() throws Exception {
    RenderedReport rendered = ReportRenderer.render(runDir);
    PrintWriter out = spec.commandLine().getOut();
    out.println(rendered.markdown());
    out.println(rendered.html());
    if (rendered.csv() != null) {
      out.println(rendered.csv());
    }
    out.flush();
    return 0;
  }
}
