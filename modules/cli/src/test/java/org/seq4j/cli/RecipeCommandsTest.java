package org.seq4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Exit codes and messages of {@code seq4j prepare} and {@code seq4j run}. */
class RecipeCommandsTest {

  record Result(int exitCode, String out, String err) {}

  static Result execute(String... args) {
    CommandLine cl = Seq4j.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    int code = cl.execute(args);
    return new Result(code, out.toString(), err.toString());
  }

  static String sentence(String id, String... wordTag) {
    StringBuilder s = new StringBuilder("# sent_id = " + id + "\n");
    for (int i = 0; i < wordTag.length; i += 2) {
      s.append(i / 2 + 1).append('\t').append(wordTag[i]).append("\t_\t").append(wordTag[i + 1])
          .append("\t_\t_\t0\troot\t_\t_\n");
    }
    return s.append('\n').toString();
  }

  static Path corpus(Path dir) throws Exception {
    Path data = Files.createDirectories(dir.resolve("data"));
    Files.writeString(data.resolve("train.conllu"), sentence("1", "A", "DET", "cat", "NOUN") + sentence("2", "Cats", "NOUN", "sleep", "VERB"));
    Files.writeString(data.resolve("dev.conllu"), sentence("3", "A", "DET", "dog", "NOUN"));
    return data;
  }

  static Path recipe(Path dir, Path data, String extra) throws Exception {
    String yaml = String.join("\n",
        "name: cli-test",          // 1
        "task: tagging",           // 2
        "stages: [prepare]",       // 3
        "data:",                   // 4
        "  format: conllu",        // 5
        "  dir: " + data,          // 6
        "  train: train.conllu",   // 7
        "  dev: dev.conllu",       // 8
        "train:",                  // 9
        "  batch: 2",              // 10
        extra, "");
    return Files.writeString(dir.resolve("r.yaml"), yaml);
  }

  static boolean isEmptyOrMissing(Path dir) throws Exception {
    if (!Files.exists(dir)) {
      return true;
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files.findAny().isEmpty();
    }
  }

  @Test
  void prepareWithRecipeWritesStatsAndPrintsSummary(@TempDir Path tmp) throws Exception {
    Path r = recipe(tmp, corpus(tmp), "");
    Path out = tmp.resolve("out");
    Result res = execute("prepare", "--recipe", r.toString(), "--out", out.toString());
    assertEquals(0, res.exitCode(), res.err());
    assertTrue(res.out().contains("2 sentences"), res.out());
    assertTrue(Files.exists(out.resolve("stats.json")));
    assertTrue(Files.exists(out.resolve("summary.txt")));
  }

  @Test
  void runWritesRunDirectory(@TempDir Path tmp) throws Exception {
    Path r = recipe(tmp, corpus(tmp), "");
    Path out = tmp.resolve("run");
    Result res = execute("run", r.toString(), "--out", out.toString(), "--set", "seed=7");
    assertEquals(0, res.exitCode(), res.err());
    assertTrue(Files.exists(out.resolve("report.json")));
    assertTrue(Files.exists(out.resolve("manifest.json")));
    assertTrue(Files.readString(out.resolve("recipe.resolved.yaml")).contains("seed: 7"));
  }

  @Test
  void runWithReportStageWritesReportHtml(@TempDir Path tmp) throws Exception {
    Path r = recipe(tmp, corpus(tmp), "").resolveSibling("r.yaml");
    Files.writeString(r, Files.readString(r).replace("stages: [prepare]", "stages: [prepare, report]"));
    Path out = tmp.resolve("run");
    Result res = execute("run", r.toString(), "--out", out.toString());
    assertEquals(0, res.exitCode(), res.err());
    String html = Files.readString(out.resolve("report.html"));
    assertTrue(html.contains("Corpus statistics") && html.contains("Timing"), html);
    assertTrue(Files.exists(out.resolve("report.md")));
    assertTrue(res.out().contains("Run directory: " + out), res.out());
    assertTrue(res.out().contains(out.resolve("report.html").toString()), res.out());
  }

  /** Without --out the run goes under the working directory (the JVM's, so this cleans up after itself). */
  @Test
  void runWithoutOutPrintsDefaultRunDirectory(@TempDir Path tmp) throws Exception {
    String name = "cli-test-default-dir-" + ProcessHandle.current().pid();
    Path r = recipe(tmp, corpus(tmp), "").resolveSibling("r.yaml");
    Files.writeString(r, Files.readString(r).replace("name: cli-test", "name: " + name));
    Path runs = Path.of("runs").toAbsolutePath();
    try {
      Result res = execute("run", r.toString());
      assertEquals(0, res.exitCode(), res.err());
      String line = res.out().lines().filter(l -> l.startsWith("Run directory: ")).findFirst().orElseThrow();
      Path runDir = Path.of(line.substring("Run directory: ".length()));
      assertEquals(runs.resolve(name), runDir.getParent());
      assertTrue(Files.exists(runDir.resolve("report.json")), line);
    } finally {
      deleteTree(runs.resolve(name));
      try (Stream<Path> left = Files.exists(runs) ? Files.list(runs) : Stream.empty()) {
        if (left.findAny().isEmpty()) {
          Files.deleteIfExists(runs);
        }
      }
    }
  }

  static void deleteTree(Path dir) throws Exception {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> all = Files.walk(dir)) {
      for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  @Test
  void unknownTokenizerListsValidNames(@TempDir Path tmp) throws Exception {
    Files.writeString(tmp.resolve("c.de"), "ein Hund\n");
    Files.writeString(tmp.resolve("c.en"), "a dog\n");
    Result res = execute("prepare", "--parallel", tmp.resolve("c.de").toString(), tmp.resolve("c.en").toString(),
        "--tokenizer", "moses", "--out", tmp.resolve("out").toString());
    assertEquals(2, res.exitCode());
    assertTrue(res.err().contains("Invalid value 'moses' for prepare.tokenizer: expected "
        + String.join("|", org.seq4j.corpus.tokenize.TokenizerProviders.allNames())), res.err());
  }

  @Test
  void unknownRecipeKeyExits2WithLineAndValidKeys(@TempDir Path tmp) throws Exception {
    Path r = recipe(tmp, corpus(tmp), "  epochz: 3");
    Result res = execute("run", r.toString(), "--out", tmp.resolve("run").toString());
    assertEquals(2, res.exitCode());
    assertEquals("seq4j: " + r + ":11: unknown key 'epochz' in section 'train'; valid keys: "
        + String.join(", ", org.seq4j.recipe.section.TrainSection.SCHEMA.validKeys()), res.err().strip());
    assertTrue(res.err().contains("valid keys: optimizer, lr, clip_norm, epochs, batch, patience"), res.err());
    assertTrue(isEmptyOrMissing(tmp.resolve("run")));
  }

  @Test
  void wrongValueTypeExits2(@TempDir Path tmp) throws Exception {
    Path r = recipe(tmp, corpus(tmp), "  epochs: many");
    Result res = execute("prepare", "--recipe", r.toString(), "--out", tmp.resolve("out").toString());
    assertEquals(2, res.exitCode());
    assertEquals("seq4j: " + r + ":11: Invalid value 'many' for train.epochs: expected an integer >= 1",
        res.err().strip());
  }

  @Test
  void wrongValueInSetExits2(@TempDir Path tmp) throws Exception {
    Path r = recipe(tmp, corpus(tmp), "");
    Result res = execute("run", r.toString(), "--set", "model.encoder.cell=lstmm");
    assertEquals(2, res.exitCode());
    assertEquals("seq4j: --set model.encoder.cell=lstmm: Invalid value 'lstmm' for model.encoder.cell: "
        + "expected lstm|gru|rnn", res.err().strip());
  }

  @Test
  void missingDataFileExits2NamingRecipeLine(@TempDir Path tmp) throws Exception {
    Path data = corpus(tmp);
    Files.delete(data.resolve("dev.conllu"));
    Path r = recipe(tmp, data, "");
    Result res = execute("run", r.toString(), "--out", tmp.resolve("run").toString());
    assertEquals(2, res.exitCode());
    String msg = res.err().strip();
    assertTrue(msg.startsWith("seq4j: " + r + ":8: file not found: " + data.resolve("dev.conllu")), msg);
    assertEquals(1, msg.lines().count());
    assertTrue(isEmptyOrMissing(tmp.resolve("run")));
  }

  @Test
  void unmetStageNeedExits2BeforeWork(@TempDir Path tmp) throws Exception {
    Path r = recipe(tmp, corpus(tmp), "");
    Result res = execute("run", r.toString(), "--set", "stages=[prepare,evaluate]", "--out", tmp.resolve("run").toString());
    assertEquals(2, res.exitCode());
    assertTrue(res.err().contains("stage 'evaluate' needs a trained model"), res.err());
    assertTrue(isEmptyOrMissing(tmp.resolve("run")));
  }

  @Test
  void malformedConlluExits2WithFileLineAndNoOutput(@TempDir Path tmp) throws Exception {
    Path bad = tmp.resolve("bad.conllu");
    Files.writeString(bad, sentence("1", "A", "DET") + "1\tB\t_\tNOUN\t_\n\n");
    Path out = tmp.resolve("out");
    Result res = execute("prepare", "--conllu", bad.toString(), "--out", out.toString());
    assertEquals(2, res.exitCode());
    String msg = res.err().strip();
    assertEquals(1, msg.lines().count(), msg);
    assertTrue(msg.startsWith("seq4j: " + bad + ":4: expected 10 tab-separated columns"), msg);
    assertTrue(isEmptyOrMissing(out), "no partial output");
  }

  @Test
  void adHocConlluPrepares(@TempDir Path tmp) throws Exception {
    Path data = corpus(tmp);
    Path out = tmp.resolve("out");
    Result res = execute("prepare", "--conllu", data.resolve("train.conllu").toString(), "--column", "xpos",
        "--out", out.toString());
    assertEquals(0, res.exitCode(), res.err());
    assertTrue(Files.readString(out.resolve("train.conll")).contains("cat\t_"));
  }

  @Test
  void adHocParallelPrepares(@TempDir Path tmp) throws Exception {
    Files.writeString(tmp.resolve("c.de"), "ein Hund\nzwei Katzen\n");
    Files.writeString(tmp.resolve("c.en"), "a dog\ntwo cats\n");
    Path out = tmp.resolve("out");
    Result res = execute("prepare", "--parallel", tmp.resolve("c.de").toString(), tmp.resolve("c.en").toString(),
        "--out", out.toString());
    assertEquals(0, res.exitCode(), res.err());
    assertEquals("ein Hund\nzwei Katzen\n", Files.readString(out.resolve("train.src")));
  }

  @Test
  void parallelFilesWithDifferentLineCountsExit2NamingBothFiles(@TempDir Path tmp) throws Exception {
    Files.writeString(tmp.resolve("c.de"), "ein Hund\nzwei Katzen\ndrei Mäuse\n");
    Files.writeString(tmp.resolve("c.en"), "a dog\ntwo cats\n");
    Path out = tmp.resolve("out");
    Result res = execute("prepare", "--parallel", tmp.resolve("c.de").toString(), tmp.resolve("c.en").toString(),
        "--out", out.toString());
    assertEquals(2, res.exitCode(), res.err());
    String msg = res.err().strip();
    assertEquals(1, msg.lines().count(), msg);
    assertTrue(msg.contains("c.de:3:") && msg.contains("c.en"), msg);
    assertTrue(isEmptyOrMissing(out), "no partial output");
  }

  @Test
  void invalidUtf8Exits2WithFileAndLine(@TempDir Path tmp) throws Exception {
    Path bad = tmp.resolve("latin1.conllu");
    byte[] good = sentence("1", "A", "DET").getBytes(java.nio.charset.StandardCharsets.UTF_8);
    byte[] latin1 = "1\tCaf\u00e9\t_\tNOUN\t_\t_\t_\t_\t_\t_\n\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    byte[] all = java.util.Arrays.copyOf(good, good.length + latin1.length);
    System.arraycopy(latin1, 0, all, good.length, latin1.length);
    Files.write(bad, all);
    Path out = tmp.resolve("out");
    Result res = execute("prepare", "--conllu", bad.toString(), "--out", out.toString());
    assertEquals(2, res.exitCode(), res.err());
    String msg = res.err().strip();
    assertEquals(1, msg.lines().count(), msg);
    assertTrue(msg.startsWith("seq4j: " + bad + ":") && msg.contains("invalid UTF-8"), msg);
    assertTrue(isEmptyOrMissing(out), "no partial output");
  }

  @Test
  void prepareNeedsExactlyOneInput(@TempDir Path tmp) {
    assertEquals(2, execute("prepare", "--out", tmp.toString()).exitCode());
  }

  @Test
  void settingsReferenceListsDeclaredKeys() {
    Result res = execute("run", "--settings");
    assertEquals(0, res.exitCode());
    assertTrue(res.out().contains("model.encoder.cell (lstm|gru|rnn, default lstm)"), res.out());
  }

  @Test
  void missingRecipeFileExits2(@TempDir Path tmp) {
    Result res = execute("run", tmp.resolve("nope.yaml").toString());
    assertEquals(2, res.exitCode());
    assertFalse(res.err().contains("Exception"));
  }
}
