package org.seq4j.nn.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;
import org.seq4j.corpus.BadInputException;
import org.seq4j.nn.param.Parameter;
import org.seq4j.nn.param.ParameterSet;

class CheckpointAveragingTest {

  @TempDir Path dir;

  private Path checkpoint(String name, double w, double b) throws IOException {
    ParameterSet set = new ParameterSet();
    set.add(Parameter.of("W", Nd4j.valueArrayOf(new long[] {2, 2}, w, DataType.FLOAT)));
    set.add(Parameter.of("b", Nd4j.valueArrayOf(new long[] {3}, b, DataType.DOUBLE)));
    Path file = dir.resolve(name);
    ModelWriter.of("seq2seq").config(Map.of("step", name)).parameters(set).write(file);
    return file;
  }

  @Test
  void averagesEveryParameterAndKeepsTheFirstConfig() throws IOException {
    List<Path> files = List.of(checkpoint("c1.zip", 1.0, -3.0), checkpoint("c2.zip", 2.0, 0.0),
        checkpoint("c3.zip", 6.0, 6.0));
    SavedModel averaged = CheckpointAveraging.average(files);
    assertEquals(3.0, averaged.parameters().get("W").getDouble(1, 1), 1e-6);
    assertEquals(DataType.FLOAT, averaged.parameters().get("W").dataType());
    assertEquals(1.0, averaged.parameters().get("b").getDouble(2), 1e-15);
    assertEquals("c1.zip", averaged.config().get("step").asText());

    Path out = dir.resolve("averaged.zip");
    ModelWriter.of(averaged).write(out);
    assertEquals(3.0, ModelReader.read(out).parameters().get("W").getDouble(0, 0), 1e-6);
  }

  @Test
  void rejectsCheckpointsOfDifferentStructure() throws IOException {
    Path a = checkpoint("a.zip", 1, 1);
    ParameterSet other = new ParameterSet();
    other.add(Parameter.of("W", Nd4j.zeros(DataType.FLOAT, 2, 3)));
    other.add(Parameter.of("b", Nd4j.zeros(DataType.DOUBLE, 3)));
    Path b = dir.resolve("b.zip");
    ModelWriter.of("seq2seq").parameters(other).write(b);
    BadInputException e = assertThrows(BadInputException.class, () -> CheckpointAveraging.average(List.of(a, b)));
    assertTrue(e.getMessage().startsWith(b + ": cannot average"), e.getMessage());
    assertTrue(e.getMessage().contains("parameter W"), e.getMessage());
  }
}
