package org.seq4j.recipe.run;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.seq4j.corpus.AtomicFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The run's log: every line goes to SLF4J and is kept for train.log, which is written atomically
 * when the run ends (successfully or not), like every other run output. Thread-safe.
 */
public final class RunLog {
  private static final Logger LOG = LoggerFactory.getLogger(RunLog.class);

  private final Clock clock;
  private final List<String> lines = new ArrayList<>();

  public RunLog(Clock clock) {
    this.clock = clock;
  }

  /** Logs one message. */
  public synchronized void info(String message) {
    LOG.info(message);
    lines.add(Instant.now(clock) + " " + message);
  }

  /** The lines so far. */
  public synchronized List<String> lines() {
    return List.copyOf(lines);
  }

  /** Writes the log to a file atomically. */
  public void writeTo(Path file) throws IOException {
    List<String> snapshot = lines();
    AtomicFiles.writeText(file, w -> {
      for (String line : snapshot) {
        w.write(line);
        w.write('\n');
      }
    });
  }
}
