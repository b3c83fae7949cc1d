package org.seq4j.recipe.run;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Where a run writes: {@code runs/<name>/<timestamp>/} by default, or a directory the user gives.
 * A default directory that already exists (two runs in one second) gets a {@code -2}, {@code -3}
 * suffix rather than mixing two runs' files.
 */
public final class RunDirectory {
  /** Parent of default run directories, relative to the working directory. */
  public static final String RUNS_DIR = "runs";
  private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
  private static final int MAX_SUFFIX = 1000;

  private RunDirectory() {}

  /** Creates and returns a fresh default run directory for a recipe name. */
  public static Path createDefault(Path workDir, String name, Clock clock) throws IOException {
    Path parent = workDir.resolve(RUNS_DIR).resolve(name);
    Files.createDirectories(parent);
    String stamp = LocalDateTime.now(clock).format(TIMESTAMP);
    for (int i = 1; i <= MAX_SUFFIX; i++) {
      Path dir = parent.resolve(i == 1 ? stamp : stamp + "-" + i);
      try {
        return Files.createDirectory(dir);
      } catch (FileAlreadyExistsException e) {
        // try the next suffix
      }
    }
    throw new IOException("cannot create a run directory under " + parent);
  }
}
