package org.seq4j.recipe.translation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * metrics.jsonl of a resumed run ends with one line per epoch: the interrupted run's lines before
 * the epoch the resumed trainer starts with, then the new ones; a cut-off last line is dropped.
 */
class ContinuedMetricsWriterTest {
  private static String line(int epoch, double loss) {
    return "{\"epoch\":" + epoch + ",\"train_loss\":" + loss + "}";
  }

  @Test
  void linesWrittenAfterTheCheckpointAreReplaced(@TempDir Path tmp) throws Exception {
    Path file = tmp.resolve("metrics.jsonl");
    // killed after epoch 3's line, before its checkpoint; then mid-way through epoch 4's line
    Files.writeString(file, line(1, 0.9) + "\n" + line(2, 0.8) + "\n" + line(3, 0.7) + "\n{\"epoch\":4,\"tra");
    try (ContinuedMetricsWriter w = ContinuedMetricsWriter.open(file)) {
      assertEquals(3, w.keptLines());
      assertEquals(List.of(line(1, 0.9), line(2, 0.8), line(3, 0.7)), Files.readAllLines(file));
      write(w, line(3, 0.6));
      write(w, line(4, 0.5));
    }
    assertEquals(List.of(line(1, 0.9), line(2, 0.8), line(3, 0.6), line(4, 0.5)), Files.readAllLines(file));
  }

  @Test
  void aRunThatHadStoppedKeepsItsLines(@TempDir Path tmp) throws Exception {
    Path file = tmp.resolve("metrics.jsonl");
    Files.writeString(file, line(1, 0.9) + "\n" + line(2, 0.8) + "\n");
    ContinuedMetricsWriter.open(file).close();
    assertEquals(List.of(line(1, 0.9), line(2, 0.8)), Files.readAllLines(file));
    Path missing = tmp.resolve("none.jsonl");
    try (ContinuedMetricsWriter w = ContinuedMetricsWriter.open(missing)) {
      write(w, line(1, 0.9));
    }
    assertEquals(List.of(line(1, 0.9)), Files.readAllLines(missing));
  }

  /** As nn's MetricsLog writes: the line, its newline, a flush. */
  private static void write(Writer w, String line) throws Exception {
    w.write(line);
    w.write('\n');
    w.flush();
  }
}
