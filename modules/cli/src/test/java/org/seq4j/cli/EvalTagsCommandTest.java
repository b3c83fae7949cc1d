package org.seq4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code seq4j eval tags} end to end through {@link Seq4j#commandLine()}. The expected text is
 * conlleval.pl's output for the {@code iob2_multi_type} case of eval-vectors/conlleval.json.
 */
class EvalTagsCommandTest {

  private static final String GOLD = "John B-PER\nSmith I-PER\nvisited O\nNew B-LOC\nYork I-LOC\n"
      + "City I-LOC\n. O\n\nThe O\nEuropean B-ORG\nUnion I-ORG\nmet O\nin O\nBrussels B-LOC\n"
      + "on O\nMonday O\n. O\n\nReuters B-ORG\nreported O\nit O\n. O\n";
  private static final String PRED = "John B-PER\nSmith I-PER\nvisited O\nNew B-LOC\nYork B-LOC\n"
      + "City I-LOC\n. O\n\nThe O\nEuropean B-MISC\nUnion I-MISC\nmet O\nin O\nBrussels B-LOC\n"
      + "on O\nMonday B-MISC\n. O\n\nReuters O\nreported O\nit O\n. O\n";
  private static final String CONLLEVAL_STDOUT =
      "processed 20 tokens with 5 phrases; found: 6 phrases; correct: 2.\n"
          + "accuracy:  75.00%; precision:  33.33%; recall:  40.00%; FB1:  36.36\n"
          + "              LOC: precision:  33.33%; recall:  50.00%; FB1:  40.00  3\n"
          + "             MISC: precision:   0.00%; recall:   0.00%; FB1:   0.00  2\n"
          + "              ORG: precision:   0.00%; recall:   0.00%; FB1:   0.00  0\n"
          + "              PER: precision: 100.00%; recall: 100.00%; FB1: 100.00  1\n";

  @TempDir Path dir;

  record Run(int exitCode, String out, String err) {}

  static Run run(String... args) {
    CommandLine cl = Seq4j.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int code = cl.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  private String write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file.toString();
  }

  @Test
  void defaultOutputIsConllevalText() throws IOException {
    Run r = run("eval", "tags", "--gold", write("g.conll", GOLD), "--pred", write("p.conll", PRED));
    assertEquals(0, r.exitCode(), r.err());
    assertEquals(CONLLEVAL_STDOUT, r.out());
  }

  @Test
  void jsonHasTheDocumentedFields() throws IOException {
    Run r = run("eval", "tags", "--gold", write("g.conll", GOLD), "--pred", write("p.conll", PRED), "--json");
    assertEquals(0, r.exitCode(), r.err());
    JsonNode json = new ObjectMapper().readTree(r.out());
    assertEquals(75.0, json.get("accuracy").asDouble());
    assertEquals(100.0 * 2 / 6, json.get("precision").asDouble(), 1e-12);
    assertEquals(40.0, json.get("recall").asDouble(), 1e-12);
    assertEquals("36.36", String.format("%.2f", json.get("f1").asDouble()));
    JsonNode loc = json.get("per_type").get("LOC");
    assertEquals(3, loc.get("found").asInt());
    assertEquals(2, loc.get("gold").asInt());
    assertEquals(1, loc.get("correct").asInt());
    assertEquals(50.0, loc.get("recall").asDouble());
    assertEquals("iob2", json.get("scheme").asText());
    assertEquals(20, json.get("tokens").asInt());
    assertEquals(3, json.get("sentences").asInt());
    assertTrue(json.get("confusion").get("tags").isArray());
  }

  @Test
  void strictModeDropsIllFormedChunks() throws IOException {
    String gold = write("g", "a B-PER\nb I-PER\nc O\n");
    String pred = write("p", "a I-PER\nb I-PER\nc O\n");
    Run lenient = run("eval", "tags", "--gold", gold, "--pred", pred, "--json");
    Run strict = run("eval", "tags", "--gold", gold, "--pred", pred, "--json", "--strict");
    ObjectMapper mapper = new ObjectMapper();
    assertEquals(100.0, mapper.readTree(lenient.out()).get("f1").asDouble());
    assertEquals(0.0, mapper.readTree(strict.out()).get("f1").asDouble());
    assertEquals(0, mapper.readTree(strict.out()).get("found_phrases").asInt());
  }

  @Test
  void bioesSchemeReadsSingleTokenChunks() throws IOException {
    String gold = write("g", "Ann S-PER\nBob S-PER\n");
    Run r = run("eval", "tags", "--gold", gold, "--pred", gold, "--scheme", "bioes", "--json");
    assertEquals(0, r.exitCode(), r.err());
    assertEquals(2, new ObjectMapper().readTree(r.out()).get("per_type").get("PER").get("gold").asInt());
    Run raw = run("eval", "tags", "--gold", gold, "--pred", gold, "--conlleval-raw", "--json");
    assertEquals(1, new ObjectMapper().readTree(raw.out()).get("per_type").get("PER").get("gold").asInt());
  }

  @Test
  void posTagsInConlluGetAccuracyAndPerTagScores() throws IOException {
    String gold = write("g.conllu", "# text = I run\n1\tI\tI\tPRON\tPRP\n2\trun\trun\tVERB\tVBP\n\n1\tGo\tgo\tVERB\tVB\n");
    String pred = write("p.conllu", "1\tI\tI\tPRON\tPRP\n2\trun\trun\tNOUN\tVBP\n\n1\tGo\tgo\tVERB\tVB\n");
    String vocab = write("vocab.txt", "I\nrun\n");
    Run r = run("eval", "tags", "--gold", gold, "--pred", pred, "--train-vocab", vocab);
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(r.out().startsWith("processed 3 tokens in 2 sentences; correct: 2.\naccuracy:  66.67%\n"), r.out());
    assertTrue(r.out().contains("             VERB: precision: 100.00%; recall:  50.00%; FB1:  66.67  1\n"), r.out());
    assertTrue(r.out().endsWith("known words:  50.00% of 2 tokens; unknown words: 100.00% of 1 tokens\n"), r.out());
    Run xpos = run("eval", "tags", "--gold", gold, "--pred", pred, "--column", "5", "--json");
    JsonNode json = new ObjectMapper().readTree(xpos.out());
    assertEquals(100.0, json.get("accuracy").asDouble());
    assertTrue(json.get("f1").isNull());
  }

  @Test
  void differentTokenCountsExitWith2NamingSentenceAndLine() throws IOException {
    String gold = write("g", "a O\n\nb O\nc O\n");
    String pred = write("p", "a O\n\nb O\n");
    Run r = run("eval", "tags", "--gold", gold, "--pred", pred);
    assertEquals(2, r.exitCode());
    assertEquals("seq4j: " + pred + ":3: sentence 2 has 1 tokens but gold sentence 2 (" + gold
        + ":3) has 2\n", r.err());
  }

  @Test
  void differentSentenceCountsExitWith2() throws IOException {
    Run r = run("eval", "tags", "--gold", write("g", "a O\n\nb O\n"), "--pred", write("p", "a O\n"));
    assertEquals(2, r.exitCode());
    assertTrue(r.err().contains("has 1 sentences but gold"), r.err());
  }

  @Test
  void unknownSchemeExitsWith2() throws IOException {
    String gold = write("g", "a O\n");
    Run r = run("eval", "tags", "--gold", gold, "--pred", gold, "--scheme", "iobes");
    assertEquals(2, r.exitCode());
    assertTrue(r.err().contains("Unknown tag scheme 'iobes' for --scheme: expected iob1|iob2|bioes"), r.err());
  }

  @Test
  void tagOutsideTheSchemeExitsWith2() throws IOException {
    String gold = write("g", "a B-PER\nb O\n");
    String pred = write("p", "a B-PER\nb X-PER\n");
    Run r = run("eval", "tags", "--gold", gold, "--pred", pred);
    assertEquals(2, r.exitCode());
    assertEquals("seq4j: " + pred + ":2: tag 'X-PER' is not valid in the iob2 scheme, expected O or B-TYPE, I-TYPE\n", r.err());
  }

  @Test
  void emptyOrMissingFilesExitWith2() throws IOException {
    String gold = write("g", "a O\n");
    Run empty = run("eval", "tags", "--gold", gold, "--pred", write("empty", ""));
    assertEquals(2, empty.exitCode());
    assertTrue(empty.err().contains("empty"), empty.err());
    Run missing = run("eval", "tags", "--gold", dir.resolve("missing").toString(), "--pred", gold);
    assertEquals(2, missing.exitCode());
    assertTrue(missing.err().contains("missing: file not found"), missing.err());
  }

  @Test
  void invalidFormatOrColumnExitsWith2() throws IOException {
    String gold = write("g", "a O\n");
    assertEquals(2, run("eval", "tags", "--gold", gold, "--pred", gold, "--format", "tsv").exitCode());
    assertEquals(2, run("eval", "tags", "--gold", gold, "--pred", gold, "--column", "0").exitCode());
    Run tooFew = run("eval", "tags", "--gold", gold, "--pred", gold, "--column", "3");
    assertEquals(2, tooFew.exitCode());
    assertTrue(tooFew.err().contains(gold + ":1: expected at least 3 columns"), tooFew.err());
  }
}
