package org.seq4j.recipe.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.seq4j.corpus.AtomicFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The run's log: every line goes to SLF4J and is kept for train.log. Thread-safe.
 *
 * <p>A log {@link #writingTo} a file rewrites it atomically after every line, like every other run
 * output, so a process that is killed (where no {@code finally} runs) still leaves a complete
 * train.log up to its last line, and {@code seq4j run --resume} {@link #continuing} it adds to it. A
 * run logs tens to hundreds of lines, so rewriting the whole file each time costs nothing that matters.
 */
public final class RunLog {
  private static final Logger LOG = LoggerFactory.getLogger(RunLog.class);

  private final Clock clock;
  private final Path file;
  private final List<String> lines;

  /** A log kept in memory only ({@link #writeTo} writes it). */
  public RunLog(Clock clock) {
    this(clock, null, List.of());
  }

  private RunLog(Clock clock, Path file, List<String> earlier) {
    this.clock = clock;
    this.file = file;
    this.lines = new ArrayList<>(earlier);
  }

  /** A new log that keeps {@code file} up to date (replacing what it held). */
  public static RunLog writingTo(Path file, Clock clock) {
    return new RunLog(clock, file, List.of());
  }

  /** Continues the log in {@code file}: its lines stay, new ones follow (an empty log when it does not exist). */
  public static RunLog continuing(Path file, Clock clock) throws IOException {
    List<String> earlier = Files.exists(file) ? Files.readAllLines(file, StandardCharsets.UTF_8) : List.of();
    return new RunLog(clock, file, earlier);
  }

  /** Logs one message. */
  public synchronized void info(String message) {
    LOG.info(message);
    lines.add(Instant.now(clock) + " " + message);
    if (file != null) {
      try {
        writeTo(file);
      } catch (IOException e) {
        throw new UncheckedIOException("writing " + file, e);
      }
    }
  }

  /** The lines so far. */
  public synchronized List<String> lines() {
    return List.copyOf(lines);
  }

  /** Writes the log to a file atomically. */
  public void writeTo(Path target) throws IOException {
    List<String> snapshot = lines();
    AtomicFiles.writeText(target, w -> {
      for (String line : snapshot) {
        w.write(line);
        w.write('\n');
      }
    });
  }
}
