package org.seq4j.recipe.tagging;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Writer;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * A writer for the training loop's {@code metrics.jsonl} that also turns every completed line
 * into a one-line human summary for train.log ({@code epoch 3: train_loss 0.4123, dev_accuracy
 * 93.20, ...}). Design: the training loop (nn's {@code MetricsLog}) only knows a {@link Writer},
 * and the run log should get its line the moment the epoch ends, so the tee sits at the writer.
 * Not thread-safe (the training loop writes from one thread). Closing closes the target.
 */
public final class EpochLogWriter extends Writer {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String EPOCH = "epoch";

  private final Writer target;
  private final Consumer<String> log;
  private final StringBuilder line = new StringBuilder();

  /**
   * @param target receives the JSON lines unchanged
   * @param log receives one summary per completed line
   */
  public EpochLogWriter(Writer target, Consumer<String> log) {
    this.target = Objects.requireNonNull(target, "target");
    this.log = Objects.requireNonNull(log, "log");
  }

  @Override
  public void write(char[] buffer, int offset, int length) throws IOException {
    target.write(buffer, offset, length);
    for (int i = offset; i < offset + length; i++) {
      char c = buffer[i];
      if (c == '\n') {
        log.accept(summary(line.toString()));
        line.setLength(0);
      } else {
        line.append(c);
      }
    }
  }

  @Override
  public void flush() throws IOException {
    target.flush();
  }

  @Override
  public void close() throws IOException {
    target.close();
  }

  /** A human summary of one metrics line; the line itself when it is not a JSON object. */
  static String summary(String jsonLine) {
    JsonNode node;
    try {
      node = JSON.readTree(jsonLine);
    } catch (IOException e) {
      return jsonLine;
    }
    if (node == null || !node.isObject()) {
      return jsonLine;
    }
    StringBuilder out = new StringBuilder();
    out.append(EPOCH).append(' ').append(node.path(EPOCH).asText("?")).append(':');
    String separator = " ";
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> field = it.next();
      if (field.getKey().equals(EPOCH)) {
        continue;
      }
      JsonNode value = field.getValue();
      String text = value.isFloatingPointNumber()
          ? String.format(Locale.ROOT, "%.4g", value.doubleValue()) : value.asText();
      out.append(separator).append(field.getKey()).append(' ').append(text);
      separator = ", ";
    }
    return out.toString();
  }
}
