package org.seq4j.recipe.prepare;

import java.io.PrintStream;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;

/**
 * Draws progress bars (me.tongfei progressbar) on a stream the caller knows to be a terminal.
 * Only the command line creates one; library code only sees {@link ProgressReporter}.
 */
public final class TerminalProgress implements ProgressReporter {
  private final PrintStream terminal;

  public TerminalProgress(PrintStream terminal) {
    this.terminal = terminal;
  }

  @Override
  public Task start(String name, long steps) {
    ProgressBar bar = new ProgressBarBuilder()
        .setTaskName(name)
        .setInitialMax(steps)
        .setConsumer(new ConsoleProgressBarConsumer(terminal))
        .build();
    return new Task() {
      @Override
      public void step() {
        bar.step();
      }

      @Override
      public void close() {
        bar.close();
      }
    };
  }
}
