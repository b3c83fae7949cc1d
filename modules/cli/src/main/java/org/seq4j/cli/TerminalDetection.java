package org.seq4j.cli;

import org.seq4j.recipe.prepare.ProgressReporter;
import org.seq4j.recipe.prepare.TerminalProgress;

/**
 * Decides whether to draw progress bars: only when the process has a console (Java 17 cannot ask
 * about stderr alone; {@link System#console()} is null whenever output is redirected or piped,
 * which is exactly when bars would pollute logs).
 */
final class TerminalDetection {
  private TerminalDetection() {}

  static ProgressReporter progress() {
    return System.console() != null ? new TerminalProgress(System.err) : ProgressReporter.NONE;
  }
}
