package org.seq4j.eval.report;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a text file all-or-nothing: UTF-8 content goes to a temporary file in the target's
 * directory, which is renamed over the target once complete, so readers (a browser, the recipe
 * runner, a crash) never see half a report. The eval module depends on no other seq4j module, so
 * this is a small copy of the corpus module's approach rather than a dependency on it.
 */
final class AtomicTextFile {

  /** Produces the file's content. */
  @FunctionalInterface
  interface Body {
    void write(Writer out) throws IOException;
  }

  private AtomicTextFile() {}

  static void write(Path target, String text) throws IOException {
    write(target, out -> out.write(text));
  }

  static void write(Path target, Body body) throws IOException {
    Path dir = target.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path tmp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
    try {
      try (Writer out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
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
}
