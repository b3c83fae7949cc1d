package org.seq4j.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code seq4j report}: placeholder until its implementation lands (fails, never pretends). */
@Command(name = "report", mixinStandardHelpOptions = true, description = "Not available yet.")
final class ReportCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    throw new UnsupportedOperationException("seq4j report is not available yet");
  }
}
