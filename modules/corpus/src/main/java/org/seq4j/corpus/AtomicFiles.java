package org.seq4j.corpus;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes files all-or-nothing: content goes to a temporary file in the target's directory, which
 * is renamed over the target only after it was written and closed completely. A crash or an
 * exception never leaves a half-written output behind.
 */
public final class AtomicFiles {

  /** Writes the body's output; may throw IOException. */
  @FunctionalInterface
  public interface StreamBody {
    void write(OutputStream out) throws IOException;
  }

  /** Writes text through a buffered UTF-8 writer. */
  @FunctionalInterface
  public interface TextBody {
    void write(BufferedWriter out) throws IOException;
  }

  private AtomicFiles() {}

  public static void write(Path target, StreamBody body) throws IOException {
    Path dir = target.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path tmp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
    try {
      try (OutputStream out = Files.newOutputStream(tmp)) {
        body.write(out);
      }
      try {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  public static void writeText(Path target, TextBody body) throws IOException {
    write(
        target,
        out -> {
          BufferedWriter w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
          body.write(w);
          w.flush();
        });
  }

  public static void writeString(Path target, String text) throws IOException {
    writeText(target, w -> w.write(text));
  }
}
