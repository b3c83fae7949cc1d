package org.seq4j.recipe.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** The git commit of the working directory, for the manifest ("unknown" when git cannot tell). */
public final class GitCommit {
  /** What the manifest says when there is no git or no repository. */
  public static final String UNKNOWN = "unknown";
  private static final long TIMEOUT_SECONDS = 5;
  private static final int SHA1_HEX_LENGTH = 40;

  private GitCommit() {}

  /** Runs {@code git rev-parse HEAD} in {@code dir}. */
  public static String of(Path dir) {
    try {
      Process p = new ProcessBuilder("git", "rev-parse", "HEAD")
          .directory(dir.toFile())
          .redirectErrorStream(false)
          .redirectError(ProcessBuilder.Redirect.DISCARD)
          .start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).trim();
      if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        p.destroy();
        return UNKNOWN;
      }
      return p.exitValue() == 0 && out.length() == SHA1_HEX_LENGTH ? out : UNKNOWN;
    } catch (IOException e) {
      return UNKNOWN;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return UNKNOWN;
    }
  }
}
