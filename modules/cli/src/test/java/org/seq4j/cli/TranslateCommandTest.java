package org.seq4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Usage errors of {@code seq4j translate}, found before any model is loaded. */
class TranslateCommandTest {

  @TempDir Path dir;

  private static void assertUsageError(CommandRunner.Result r, String expected) {
    assertEquals(Seq4j.EXIT_BAD_INPUT, r.exitCode(), r.err());
    assertTrue(r.err().contains(expected), r.err());
    assertEquals("", r.out());
  }

  @Test
  void optionErrors() {
    assertUsageError(CommandRunner.runWithStdin("", "translate"), "--model");
    assertUsageError(CommandRunner.runWithStdin("", "translate", "--model", "m.zip", "--beam", "0"),
        "Invalid value 0 for --beam: expected >= 1");
    assertUsageError(CommandRunner.runWithStdin("", "translate", "--model", "m.zip", "--n-best", "0"),
        "--n-best and --batch must be >= 1");
    assertUsageError(CommandRunner.runWithStdin("", "translate", "--model", "m.zip", "--beam", "2", "--n-best", "5"),
        "--n-best 5 needs --beam >= 5, got 2");
  }

  @Test
  void missingInputFileIsNamed() {
    Path missing = dir.resolve("nope.txt");
    assertUsageError(CommandRunner.run("translate", "--model", "m.zip", "--input", missing.toString()),
        missing + ": file not found");
  }
}
