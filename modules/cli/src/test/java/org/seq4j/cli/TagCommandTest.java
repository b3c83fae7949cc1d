package org.seq4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Usage errors of {@code seq4j tag}, found before the model is loaded (so no native backend is
 * started here; model-file errors are in {@link TagCommandIT}).
 */
class TagCommandTest {

  @TempDir Path dir;

  private CommandRunner.Result run(String... args) {
    return CommandRunner.runWithStdin("a b\n", args);
  }

  private static void assertUsageError(CommandRunner.Result r, String expected) {
    assertEquals(Seq4j.EXIT_BAD_INPUT, r.exitCode(), r.err());
    assertTrue(r.err().contains(expected), r.err());
    assertFalse(r.err().contains("\tat "), "no stack trace: " + r.err());
    assertEquals("", r.out());
  }

  @Test
  void modelIsRequired() {
    assertUsageError(run("tag"), "--model");
  }

  @Test
  void invalidFormatListsTheValidOnes() {
    assertUsageError(run("tag", "--model", "m.zip", "--format", "json"),
        "Invalid value 'json' for --format: expected conllu|conll|tokens");
  }

  @Test
  void batchMustBePositive() {
    assertUsageError(run("tag", "--model", "m.zip", "--batch", "0"), "--batch: expected >= 1");
  }

  @Test
  void columnOnlyForConllu() {
    assertUsageError(run("tag", "--model", "m.zip", "--format", "tokens", "--column", "upos"),
        "--column applies to --format conllu only");
    assertUsageError(run("tag", "--model", "m.zip", "--format", "conllu", "--column", "lemma"),
        "Invalid value 'lemma' for --column: expected upos|xpos");
  }

  @Test
  void conllOptionsOnlyForConll() {
    assertUsageError(run("tag", "--model", "m.zip", "--format", "tokens", "--tag-column", "2"),
        "apply to --format conll only");
    assertUsageError(run("tag", "--model", "m.zip", "--format", "conll", "--word-column", "2", "--tag-column", "2"),
        "--tag-column 2 is the word column");
    assertUsageError(run("tag", "--model", "m.zip", "--format", "conll", "--separator", "comma"),
        "expected auto|tab|whitespace");
  }

  @Test
  void missingInputFileNamesItAndWritesNothing() {
    Path missing = dir.resolve("missing.conllu");
    Path output = dir.resolve("out.conllu");
    assertUsageError(run("tag", "--model", "m.zip", "--input", missing.toString(), "--output", output.toString()),
        missing + ": file not found");
    assertFalse(Files.exists(output));
  }
}
