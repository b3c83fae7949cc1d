package org.seq4j.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code seq4j run}: placeholder until its implementation lands (fails, never pretends). */
@Command(name = "run", mixinStandardHelpOptions = true, description = "Not available yet.")
final class RunCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    throw new UnsupportedOperationException("seq4j run is not available yet");
  }
}
