package org.seq4j.eval.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seq4j.eval.EvalInputException;

class MetricsLogTest {
  @TempDir Path dir;

  @Test
  void keepsNumericFieldsOfEveryLine() throws Exception {
    Path file = dir.resolve("metrics.jsonl");
    Files.writeString(file, """
        {"epoch":1,"step":100,"train_loss":1.5,"phase":"train","time":"2025-01-01T00:00:00Z"}

        {"epoch":2,"step":200,"train_loss":0.9,"dev_accuracy":88.5,"lr":0.001}
        {"epoch":3,"step":300,"train_loss":0.7,"dev_accuracy":90.25,"lr":0.0005}
        """);
    LearningCurve curve = MetricsLog.read(file);
    assertEquals(3, curve.points().size());
    assertEquals("epoch", curve.xField());
    assertEquals(List.of("epoch", "step", "train_loss", "dev_accuracy", "lr"), curve.fields());
    assertEquals(List.of("train_loss"), curve.lossFields());
    assertEquals(List.of("dev_accuracy"), curve.evaluationFields());
    assertEquals(List.of("lr"), curve.otherFields());
    assertEquals(Arrays.asList(null, 88.5, 90.25), curve.series("dev_accuracy"));
  }

  @Test
  void fallsBackToStepThenToIndex() throws Exception {
    Path file = dir.resolve("m.jsonl");
    Files.writeString(file, "{\"step\":10,\"loss\":2}\n{\"step\":20,\"loss\":1}\n");
    assertEquals("step", MetricsLog.read(file).xField());
    Files.writeString(file, "{\"loss\":2}\n{\"loss\":1}\n");
    LearningCurve curve = MetricsLog.read(file);
    assertEquals(LearningCurve.INDEX_AXIS, curve.xField());
    assertEquals(2.0, curve.x(1));
  }

  @Test
  void malformedLineNamesFileAndLine() throws Exception {
    Path file = dir.resolve("metrics.jsonl");
    Files.writeString(file, "{\"epoch\":1}\n{\"epoch\":2,\n");
    EvalInputException e = assertThrows(EvalInputException.class, () -> MetricsLog.read(file));
    assertEquals(2, e.line());
    assertTrue(e.getMessage().startsWith(file + ":2: "), e.getMessage());
    Files.writeString(file, "[1,2]\n");
    assertEquals(1, assertThrows(EvalInputException.class, () -> MetricsLog.read(file)).line());
  }
}
