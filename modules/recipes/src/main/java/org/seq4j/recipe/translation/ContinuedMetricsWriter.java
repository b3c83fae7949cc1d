package org.seq4j.recipe.translation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.seq4j.corpus.AtomicFiles;

/**
 * {@code metrics.jsonl} of a resumed training run. The interrupted process wrote one line per
 * finished epoch, but its checkpoint can be an epoch behind the file (killed after an epoch's line,
 * before that epoch's checkpoint) and a kill can cut the last line short. The resumed trainer writes
 * lines from the epoch after its checkpoint on, so its first line says where it continues: at that
 * moment the file is rewritten (atomically) with the complete lines of the earlier epochs only, and
 * the new lines are appended, so the file ends with one line per epoch, as an uninterrupted run's.
 * Opening already drops a cut-off or malformed line; a resumed run that had already stopped writes no
 * line and leaves the rest as it was. Not thread-safe (the training loop writes from one thread).
 */
final class ContinuedMetricsWriter extends Writer {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String EPOCH = "epoch";

  private final Path file;
  private final int keptLines;
  private final StringBuilder pending = new StringBuilder();
  private Writer out;

  private ContinuedMetricsWriter(Path file, int keptLines) {
    this.file = file;
    this.keptLines = keptLines;
  }

  /** Opens the metrics file of an interrupted run (missing: an empty one). */
  static ContinuedMetricsWriter open(Path file) throws IOException {
    List<String> complete = completeLines(file);
    writeLines(file, complete);
    return new ContinuedMetricsWriter(file, complete.size());
  }

  /** Lines of the interrupted run's file when it was opened (complete epoch lines). */
  int keptLines() {
    return keptLines;
  }

  @Override
  public void write(char[] buffer, int offset, int length) throws IOException {
    if (out != null) {
      out.write(buffer, offset, length);
      return;
    }
    pending.append(buffer, offset, length);
    int end = pending.indexOf("\n");
    if (end >= 0) {
      int continuesAt = epoch(pending.substring(0, end)).orElseThrow(() -> new IOException(
          "the resumed training's first metrics line has no epoch: " + pending.substring(0, end)));
      List<String> earlier = new ArrayList<>();
      for (String line : completeLines(file)) {
        if (epoch(line).orElse(Integer.MAX_VALUE) < continuesAt) {
          earlier.add(line);
        }
      }
      writeLines(file, earlier);
      out = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
      out.write(pending.toString());
      pending.setLength(0);
    }
  }

  @Override
  public void flush() throws IOException {
    if (out != null) {
      out.flush();
    }
  }

  @Override
  public void close() throws IOException {
    if (out != null) {
      out.close();
    }
  }

  /** Newline-terminated lines that are JSON objects with an epoch. */
  private static List<String> completeLines(Path file) throws IOException {
    List<String> lines = new ArrayList<>();
    if (!Files.exists(file)) {
      return lines;
    }
    String text = Files.readString(file, StandardCharsets.UTF_8);
    int start = 0;
    for (int end = text.indexOf('\n'); end >= 0; end = text.indexOf('\n', start)) {
      String line = text.substring(start, end);
      if (epoch(line).isPresent()) {
        lines.add(line);
      }
      start = end + 1;
    }
    return lines;
  }

  private static OptionalInt epoch(String line) {
    try {
      JsonNode node = JSON.readTree(line);
      return node != null && node.path(EPOCH).isInt() ? OptionalInt.of(node.get(EPOCH).asInt()) : OptionalInt.empty();
    } catch (JsonProcessingException e) {
      return OptionalInt.empty();
    }
  }

  private static void writeLines(Path file, List<String> lines) throws IOException {
    AtomicFiles.writeText(file, w -> {
      for (String line : lines) {
        w.write(line);
        w.write('\n');
      }
    });
  }
}
