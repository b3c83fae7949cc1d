package org.seq4j.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code seq4j prepare}: placeholder until its implementation lands (fails, never pretends). */
@Command(name = "prepare", mixinStandardHelpOptions = true, description = "Not available yet.")
final class PrepareCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    throw new UnsupportedOperationException("seq4j prepare is not available yet");
  }
}
