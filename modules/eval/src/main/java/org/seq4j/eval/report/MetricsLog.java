package org.seq4j.eval.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.seq4j.eval.EvalInputException;

/**
 * Reads a run's {@code metrics.jsonl} (one JSON object per line, written by the training loop)
 * into a {@link LearningCurve}. Every numeric field is kept, whatever its name; non-numeric
 * fields (a timestamp string, a phase name) are skipped, and so are blank lines. A line that is
 * not a JSON object is an error naming the file and line: a training log that cannot be read is
 * better reported than silently charted wrong.
 */
public final class MetricsLog {

  /** Conventional file name inside a run directory. */
  public static final String FILE_NAME = "metrics.jsonl";

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private MetricsLog() {}

  public static LearningCurve read(Path file) {
    List<Map<String, Double>> points = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      long lineNumber = 0;
      while ((line = in.readLine()) != null) {
        lineNumber++;
        if (line.isBlank()) {
          continue;
        }
        Map<String, Double> point = parseLine(file, lineNumber, line);
        if (!point.isEmpty()) {
          points.add(point);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    return new LearningCurve(points);
  }

  private static Map<String, Double> parseLine(Path file, long lineNumber, String line) {
    JsonNode node;
    try {
      node = MAPPER.readTree(line);
    } catch (JsonProcessingException e) {
      throw new EvalInputException(file.toString(), lineNumber, "expected one JSON object per line");
    }
    if (node == null || !node.isObject()) {
      throw new EvalInputException(file.toString(), lineNumber, "expected one JSON object per line");
    }
    Map<String, Double> point = new LinkedHashMap<>();
    Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      if (field.getValue().isNumber()) {
        point.put(field.getKey(), field.getValue().asDouble());
      }
    }
    return point;
  }
}
