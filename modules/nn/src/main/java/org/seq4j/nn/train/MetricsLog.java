package org.seq4j.nn.train;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Map;

/**
 * Writes {@code metrics.jsonl}: one JSON object per epoch, one line each, flushed at once so a
 * crashed or running job's progress is readable. Fields: {@code epoch}, {@code step}, {@code
 * train_loss}, {@code dev_<metric>} per dev metric, {@code lr}, {@code tokens_per_s}, {@code seconds}.
 */
public final class MetricsLog {

  public static final String DEV_PREFIX = "dev_";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Writer out;

  /** The caller owns {@code out} and closes it. */
  public MetricsLog(Writer out) {
    this.out = out;
  }

  /** A log that writes nothing. */
  public static MetricsLog discard() {
    return new MetricsLog(Writer.nullWriter());
  }

  public void epoch(EpochSummary summary) {
    ObjectNode line = JSON.createObjectNode();
    line.put("epoch", summary.epoch());
    line.put("step", summary.step());
    line.put("train_loss", summary.trainLoss());
    for (Map.Entry<String, Double> e : summary.devMetrics().entrySet()) {
      line.put(DEV_PREFIX + e.getKey(), e.getValue());
    }
    line.put("lr", summary.learningRate());
    line.put("tokens_per_s", summary.tokensPerSecond());
    line.put("seconds", summary.seconds());
    try {
      out.write(JSON.writeValueAsString(line));
      out.write('\n');
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("writing metrics", e);
    }
  }

  /**
   * One epoch's numbers.
   *
   * @param step optimizer steps so far
   * @param learningRate the rate used during the epoch
   * @param seconds wall-clock seconds of the epoch's training (without dev evaluation)
   */
  public record EpochSummary(int epoch, long step, double trainLoss, Map<String, Double> devMetrics,
      double learningRate, double tokensPerSecond, double seconds) {}
}
