package org.seq4j.eval.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seq4j.eval.EvalInputException;

class HypothesisReferenceFilesTest {

  @TempDir Path dir;

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text);
  }

  @Test
  void readsParallelFilesKeepingEmptyReferenceLines() throws IOException {
    Path hyp = write("h", "a\nb\n");
    Path r1 = write("r1", "a\n\n");
    Path r2 = write("r2", "x\ny");
    HypothesisReferenceFiles f = HypothesisReferenceFiles.read(hyp, List.of(r1, r2));
    assertEquals(List.of("a", "b"), f.hypotheses());
    assertEquals(List.of(List.of("a", ""), List.of("x", "y")), f.referenceStreams());
  }

  @Test
  void shorterReferenceIsNamedWithItsLastLine() throws IOException {
    Path hyp = write("h", "a\nb\nc\n");
    Path ref = write("r", "a\nb\n");
    EvalInputException e =
        assertThrows(EvalInputException.class, () -> HypothesisReferenceFiles.read(hyp, List.of(ref)));
    assertEquals(ref.toString(), e.source());
    assertEquals(2, e.line());
    assertEquals(
        ref + ":2: reference file ends after line 2 but hypothesis file " + hyp
            + " has 3 lines; expected one reference line per hypothesis line",
        e.getMessage());
  }

  @Test
  void shorterHypothesisIsNamedWithItsLastLine() throws IOException {
    Path hyp = write("h", "a\n");
    Path ref = write("r", "a\nb\n");
    EvalInputException e =
        assertThrows(EvalInputException.class, () -> HypothesisReferenceFiles.read(hyp, List.of(ref)));
    assertEquals(hyp.toString(), e.source());
    assertEquals(1, e.line());
  }
}
