package org.seq4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seq4j.cli.EvalTagsCommandTest.Run;
import org.seq4j.eval.bleu.Bleu;
import org.seq4j.eval.bleu.BleuOptions;
import org.seq4j.eval.text.TextSegment;

/** {@code seq4j eval compare} end to end through {@link Seq4j#commandLine()}. */
class EvalCompareCommandTest {

  @TempDir Path dir;

  private final ObjectMapper mapper = new ObjectMapper();

  private String write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file.toString();
  }

  /** 60 sentences; system A gets every third PER chunk wrong, system B every tenth. */
  private String[] taggedFiles() throws IOException {
    StringBuilder gold = new StringBuilder();
    StringBuilder a = new StringBuilder();
    StringBuilder b = new StringBuilder();
    for (int s = 0; s < 60; s++) {
      gold.append("w B-PER\nx I-PER\ny O\n\n");
      a.append(s % 3 == 0 ? "w B-PER\nx O\ny O\n\n" : "w B-PER\nx I-PER\ny O\n\n");
      b.append(s % 10 == 0 ? "w O\nx O\ny O\n\n" : "w B-PER\nx I-PER\ny O\n\n");
    }
    return new String[] {write("gold.conll", gold.toString()), write("a.conll", a.toString()),
        write("b.conll", b.toString())};
  }

  @Test
  void taggedComparisonIsDeterministicBySeed() throws IOException {
    String[] f = taggedFiles();
    Run first = EvalTagsCommandTest.run("eval", "compare", "--ref", f[0], "--a", f[1], "--b", f[2],
        "--metric", "f1", "--seed", "7", "--json");
    Run second = EvalTagsCommandTest.run("eval", "compare", "--ref", f[0], "--a", f[1], "--b", f[2],
        "--metric", "f1", "--seed", "7", "--json");
    assertEquals(0, first.exitCode(), first.err());
    assertEquals(first.out(), second.out());
    JsonNode json = mapper.readTree(first.out());
    assertEquals("f1", json.get("metric").asText());
    assertEquals(1000, json.get("samples").asInt());
    // A: 60 gold, 60 found, 40 correct; B: 60 gold, 54 found, 54 correct.
    assertEquals(100.0 * 40 / 60, json.get("score_a").asDouble(), 1e-9);
    assertEquals(2 * 100.0 * 90 / 190, json.get("score_b").asDouble(), 1e-9);
    double p = json.get("p_value").asDouble();
    assertTrue(p > 0 && p <= 1, "p = " + p);
    assertTrue(json.get("bootstrap_delta").get("lower").asDouble() > 0);
  }

  @Test
  void accuracyComparisonPrintsText() throws IOException {
    String[] f = taggedFiles();
    Run r = EvalTagsCommandTest.run("eval", "compare", "--ref", f[0], "--a", f[1], "--b", f[2],
        "--metric", "accuracy", "--samples", "200");
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(r.out().startsWith("paired bootstrap: accuracy, 200 resamples, seed 12345\n"), r.out());
    assertTrue(r.out().contains("p-value: "), r.out());
  }

  @Test
  void bleuComparisonUsesSacrebleuCorpusScores() throws IOException {
    List<String> refs = new ArrayList<>();
    List<String> hypsA = new ArrayList<>();
    List<String> hypsB = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      refs.add("the cat number " + i + " sat on the mat today");
      hypsA.add(i % 2 == 0 ? "the cat sat on a mat" : "a dog number " + i + " sat on the mat today");
      hypsB.add("the cat number " + i + " sat on the mat today");
    }
    String ref = write("ref.txt", String.join("\n", refs) + "\n");
    String a = write("a.txt", String.join("\n", hypsA) + "\n");
    String b = write("b.txt", String.join("\n", hypsB) + "\n");
    Run r = EvalTagsCommandTest.run("eval", "compare", "--ref", ref, "--a", a, "--b", b, "--json");
    assertEquals(0, r.exitCode(), r.err());
    JsonNode json = mapper.readTree(r.out());
    Bleu bleu = new Bleu(BleuOptions.defaults());
    List<TextSegment> segmentsA = new ArrayList<>();
    for (int i = 0; i < refs.size(); i++) {
      segmentsA.add(TextSegment.of(hypsA.get(i), refs.get(i)));
    }
    assertEquals("bleu", json.get("metric").asText());
    assertEquals(bleu.corpusScore(segmentsA), json.get("score_a").asDouble());
    assertEquals(100.0, json.get("score_b").asDouble(), 1e-9);
    Run chrf = EvalTagsCommandTest.run("eval", "compare", "--ref", ref, "--a", a, "--b", b, "--metric", "chrf");
    assertEquals(0, chrf.exitCode(), chrf.err());
    Run exact = EvalTagsCommandTest.run("eval", "compare", "--ref", ref, "--a", a, "--b", b, "--metric", "exact", "--json");
    assertEquals(0.0, mapper.readTree(exact.out()).get("score_a").asDouble());
    assertEquals(100.0, mapper.readTree(exact.out()).get("score_b").asDouble());
  }

  @Test
  void badInputsExitWith2() throws IOException {
    String[] f = taggedFiles();
    assertEquals(2, EvalTagsCommandTest.run("eval", "compare", "--ref", f[0], "--a", f[1], "--b", f[2],
        "--metric", "ter").exitCode());
    assertEquals(2, EvalTagsCommandTest.run("eval", "compare", "--ref", f[0], "--a", f[1], "--b", f[2],
        "--metric", "f1", "--samples", "0").exitCode());
    String shortPred = write("short.conll", "w B-PER\n");
    Run misaligned = EvalTagsCommandTest.run("eval", "compare", "--ref", f[0], "--a", f[1], "--b", shortPred,
        "--metric", "f1");
    assertEquals(2, misaligned.exitCode());
    assertTrue(misaligned.err().contains("sentence 1 has 1 tokens but gold sentence 1"), misaligned.err());
    String pos = write("pos.conll", "w NN\n");
    Run notChunks = EvalTagsCommandTest.run("eval", "compare", "--ref", pos, "--a", pos, "--b", pos, "--metric", "f1");
    assertEquals(2, notChunks.exitCode());
    assertTrue(notChunks.err().contains("needs chunk tags"), notChunks.err());
    String ref = write("r.txt", "a b\nc d\n");
    String hyp = write("h.txt", "a b\n");
    Run lines = EvalTagsCommandTest.run("eval", "compare", "--ref", ref, "--a", ref, "--b", hyp);
    assertEquals(2, lines.exitCode());
    assertTrue(lines.err().contains(hyp), lines.err());
  }
}
