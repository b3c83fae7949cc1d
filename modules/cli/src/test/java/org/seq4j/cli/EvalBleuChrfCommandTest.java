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
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seq4j.eval.bleu.Bleu;
import org.seq4j.eval.bleu.BleuOptions;
import org.seq4j.eval.text.TextSegment;
import picocli.CommandLine;

/**
 * {@code seq4j eval bleu|chrf} end to end through {@link Seq4j#commandLine()}. Expected text lines
 * are the ones sacreBLEU 2.6.0's command line printed for the README example (from
 * eval-vectors/bleu.json, case {@code readme}).
 */
class EvalBleuChrfCommandTest {

  private static final List<String> HYPS =
      List.of("The dog bit the man.", "It wasn't surprising.", "The man had just bitten him.");
  private static final List<String> REFS1 =
      List.of("The dog bit the man.", "It was not unexpected.", "The man bit him first.");
  private static final List<String> REFS2 =
      List.of("The dog had bit the man.", "No one was surprised.", "The man had bitten the dog.");

  @TempDir Path dir;

  private record Run(int exitCode, String out, String err) {}

  private Run run(String... args) {
    CommandLine cl = Seq4j.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int code = cl.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  private Path write(String name, List<String> lines) throws IOException {
    Path file = dir.resolve(name);
    Files.write(file, lines, StandardCharsets.UTF_8);
    return file;
  }

  private Path writeBytes(String name, byte[] bytes) throws IOException {
    Path file = dir.resolve(name);
    Files.write(file, bytes);
    return file;
  }

  private String[] readmeArgs(String metric, String... extra) throws IOException {
    Path hyp = write("hyp.txt", HYPS);
    Path r1 = write("ref1.txt", REFS1);
    Path r2 = write("ref2.txt", REFS2);
    String[] base = {"eval", metric, "--hyp", hyp.toString(), "--ref", r1.toString(), "--ref", r2.toString()};
    String[] all = new String[base.length + extra.length];
    System.arraycopy(base, 0, all, 0, base.length);
    System.arraycopy(extra, 0, all, base.length, extra.length);
    return all;
  }

  @Test
  void bleuPrintsSacreBleuTextLine() throws IOException {
    Run r = run(readmeArgs("bleu"));
    assertEquals(0, r.exitCode(), r.err());
    assertEquals(
        "BLEU|nrefs:2|case:mixed|eff:no|tok:13a|smooth:exp|version:2.6.0 = 48.5 82.4/50.0/45.5/37.5"
            + " (BP = 0.943 ratio = 0.944 hyp_len = 17 ref_len = 18)",
        r.out().strip());
  }

  @Test
  void bleuSmoothingOptionsReachTheSignature() throws IOException {
    Run r = run(readmeArgs("bleu", "--smooth", "add-k", "--tokenize", "intl", "--lowercase"));
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(
        r.out().startsWith("BLEU|nrefs:2|case:lc|eff:no|tok:intl|smooth:add-k[1.00]|version:2.6.0 = "),
        r.out());
    Run floor = run(readmeArgs("bleu", "--smooth", "floor", "--smooth-value", "0.2", "--short"));
    assertTrue(floor.out().startsWith("BLEU|#:2|c:mixed|e:no|tok:13a|s:floor[0.20]|v:2.6.0 = "), floor.out());
  }

  @Test
  void bleuJsonHasScoreSignatureAndStatistics() throws IOException {
    Run r = run(readmeArgs("bleu", "--json"));
    assertEquals(0, r.exitCode(), r.err());
    JsonNode json = new ObjectMapper().readTree(r.out());
    Bleu bleu = new Bleu(BleuOptions.defaults());
    double expected = bleu.evaluateCorpus(HYPS, List.of(REFS1, REFS2)).score();
    assertEquals("bleu", json.get("metric").asText());
    assertEquals(expected, json.get("score").asDouble(), 0.0);
    assertEquals("nrefs:2|case:mixed|eff:no|tok:13a|smooth:exp|version:2.6.0", json.get("signature").asText());
    assertEquals("[14,7,5,3]", json.get("counts").toString());
    assertEquals("[17,14,11,8]", json.get("totals").toString());
    assertEquals(17, json.get("hyp_len").asInt());
    assertEquals(18, json.get("ref_len").asInt());
    assertTrue(json.has("bp") && json.has("ratio") && json.has("precisions"));
  }

  @Test
  void bleuSentenceLevelPrintsOneLinePerSegmentWithEffectiveOrder() throws IOException {
    Run r = run(readmeArgs("bleu", "--sentence-level"));
    assertEquals(0, r.exitCode(), r.err());
    List<String> lines = r.out().strip().lines().toList();
    assertEquals(3, lines.size());
    Bleu bleu = new Bleu(BleuOptions.defaults().withEffectiveOrder(true));
    String sig = "nrefs:2|case:mixed|eff:yes|tok:13a|smooth:exp|version:2.6.0";
    for (int i = 0; i < 3; i++) {
      TextSegment s = TextSegment.of(HYPS.get(i), REFS1.get(i), REFS2.get(i));
      assertEquals(bleu.evaluateSentence(s).format(Bleu.CLI_WIDTH, sig), lines.get(i));
    }
  }

  @Test
  void chrfAndChrfPlusPlusPrintSacreBleuTextLines() throws IOException {
    Run r = run(readmeArgs("chrf"));
    assertEquals(0, r.exitCode(), r.err());
    assertEquals(
        "chrF2|nrefs:2|case:mixed|eff:yes|nc:6|nw:0|space:no|version:2.6.0 = 59.7", r.out().strip());
    Run pp = run(readmeArgs("chrf", "--chrf-word-order", "2"));
    assertEquals(
        "chrF2++|nrefs:2|case:mixed|eff:yes|nc:6|nw:2|space:no|version:2.6.0 = 59.2", pp.out().strip());
  }

  @Test
  void chrfJsonHasScoreAndSignature() throws IOException {
    Run r = run(readmeArgs("chrf", "--json", "--tokenize", "13a"));
    assertEquals(0, r.exitCode(), r.err());
    JsonNode json = new ObjectMapper().readTree(r.out());
    assertEquals("chrf", json.get("metric").asText());
    assertEquals(59.73, json.get("score").asDouble(), 0.005);
    assertEquals("nrefs:2|case:mixed|eff:yes|nc:6|nw:0|space:no|version:2.6.0", json.get("signature").asText());
    assertEquals(18, json.get("stats").size());
  }

  @Test
  void differentLineCountsExitTwoNamingTheShorterFileAndLine() throws IOException {
    Path hyp = write("hyp.txt", HYPS);
    Path ref = write("short.txt", List.of("one", "two"));
    for (String metric : List.of("bleu", "chrf")) {
      Run r = run("eval", metric, "--hyp", hyp.toString(), "--ref", ref.toString());
      assertEquals(2, r.exitCode());
      assertTrue(r.err().startsWith("seq4j: " + ref + ":2: reference file ends after line 2"), r.err());
      assertEquals(1, r.err().strip().lines().count(), r.err());
    }
    Path shortHyp = write("shorthyp.txt", List.of("one"));
    Path longRef = write("ref.txt", REFS1);
    Run r = run("eval", "bleu", "--hyp", shortHyp.toString(), "--ref", longRef.toString());
    assertEquals(2, r.exitCode());
    assertTrue(r.err().contains(shortHyp + ":1: hypothesis file ends after line 1"), r.err());
  }

  @Test
  void missingAndEmptyFilesExitTwoNamingTheFile() throws IOException {
    Path hyp = write("hyp.txt", HYPS);
    Path missing = dir.resolve("missing.txt");
    Run r = run("eval", "bleu", "--hyp", hyp.toString(), "--ref", missing.toString());
    assertEquals(2, r.exitCode());
    assertTrue(r.err().contains(missing + ": file not found"), r.err());
    Path empty = writeBytes("empty.txt", new byte[0]);
    Run e = run("eval", "chrf", "--hyp", empty.toString(), "--ref", hyp.toString());
    assertEquals(2, e.exitCode());
    assertTrue(e.err().contains(empty + ": file is empty"), e.err());
  }

  @Test
  void invalidUtf8ExitsTwoNamingFileAndLine() throws IOException {
    Path hyp = writeBytes("bad.txt", new byte[] {'o', 'k', '\n', (byte) 0xFF, '\n', 'x', '\n'});
    Path ref = write("ref.txt", REFS1);
    Run r = run("eval", "bleu", "--hyp", hyp.toString(), "--ref", ref.toString());
    assertEquals(2, r.exitCode());
    assertTrue(r.err().contains(hyp + ":2: invalid UTF-8"), r.err());
  }

  @Test
  void badOptionValuesExitTwo() throws IOException {
    assertEquals(2, run(readmeArgs("bleu", "--tokenize", "moses")).exitCode());
    assertEquals(2, run(readmeArgs("bleu", "--smooth", "lots")).exitCode());
    Run r = run(readmeArgs("bleu", "--smooth", "exp", "--smooth-value", "0.5"));
    assertEquals(2, r.exitCode());
    assertTrue(r.err().contains("takes no value"), r.err());
    assertEquals(2, run(readmeArgs("chrf", "--chrf-word-order", "-1")).exitCode());
    assertEquals(2, run("eval", "bleu", "--ref", "x").exitCode());
  }
}
