package org.seq4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seq4j.corpus.TaggedSentence;
import org.seq4j.corpus.io.conllu.ConllUReader;
import org.seq4j.corpus.io.conllu.ConllURow;
import org.seq4j.corpus.io.conllu.ConllUSentence;
import org.seq4j.corpus.io.conllu.ConllUTagColumn;
import org.seq4j.tagger.NeuralTagger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code seq4j tag} end to end with a real model trained here on the POS sample: every format, files
 * and pipes, one output line per input line, robustness, bad input, and that tags are learned.
 */
class TagCommandIT {

  private static final Logger LOG = LoggerFactory.getLogger(TagCommandIT.class);
  /** The tiny model fits its 50 training sentences (measured 100%); the majority tag is ~25%. */
  private static final double REQUIRED_TRAIN_ACCURACY = 90.0;
  private static final int LONG_SENTENCE = 400;

  @TempDir static Path models;
  private static Path uposModel;
  private static NeuralTagger upos;

  @TempDir Path dir;

  @BeforeAll
  static void train() throws IOException {
    uposModel = models.resolve("upos.zip");
    upos = TinyModels.posTagger(uposModel, ConllUTagColumn.UPOS);
  }

  @Test
  void conlluFileGetsTheModelsColumnAndKeepsEverythingElse() throws IOException {
    Path input = TinyModels.POS_SAMPLE.resolve("train.conllu");
    Path output = dir.resolve("pred.conllu");
    CommandRunner.Result r = CommandRunner.run("tag", "--model", uposModel.toString(), "--input", input.toString(),
        "--output", output.toString());
    assertEquals(0, r.exitCode(), r.err());
    assertEquals("", r.out());
    List<ConllUSentence> gold = ConllUReader.readAll(input);
    List<ConllUSentence> predicted = ConllUReader.readAll(output);
    assertEquals(gold.size(), predicted.size());
    long correct = 0;
    long total = 0;
    for (int s = 0; s < gold.size(); s++) {
      assertEquals(gold.get(s).comments(), predicted.get(s).comments());
      List<ConllURow> g = gold.get(s).rows();
      List<ConllURow> p = predicted.get(s).rows();
      assertEquals(g.size(), p.size());
      for (int i = 0; i < g.size(); i++) {
        assertEquals(g.get(i).withTag(ConllUTagColumn.UPOS, p.get(i).upos()), p.get(i), "only UPOS changes");
        assertTrue(upos.tags().contains(p.get(i).upos()));
        correct += g.get(i).upos().equals(p.get(i).upos()) ? 1 : 0;
        total++;
      }
    }
    double accuracy = 100.0 * correct / total;
    LOG.info("tiny UPOS model: {}% train accuracy through seq4j tag", accuracy);
    assertTrue(accuracy >= REQUIRED_TRAIN_ACCURACY, "train accuracy " + accuracy);
  }

  @Test
  void tokensFromStdinGiveOneLinePerInputLine() {
    String stdin = "The boy kicked the ball .\n\n   \nWe visit ☃ Zürich ⟨ünseen⟩ .\n"
        + String.join(" ", Collections.nCopies(LONG_SENTENCE, "dog")) + "\nlast line without newline";
    CommandRunner.Result r = CommandRunner.runWithStdin(stdin, "tag", "--model", uposModel.toString());
    assertEquals(0, r.exitCode(), r.err());
    List<String> in = stdin.lines().toList();
    List<String> out = r.out().lines().toList();
    assertEquals(in.size(), out.size(), r.out());
    assertTrue(r.out().endsWith("\n"));
    for (int i = 0; i < in.size(); i++) {
      String[] tokens = in.get(i).isBlank() ? new String[0] : in.get(i).strip().split("\\s+");
      String[] items = out.get(i).isEmpty() ? new String[0] : out.get(i).split(" ");
      assertEquals(tokens.length, items.length, out.get(i));
      for (int t = 0; t < tokens.length; t++) {
        int cut = items[t].lastIndexOf('_');
        assertEquals(tokens[t], items[t].substring(0, cut));
        assertTrue(upos.tags().contains(items[t].substring(cut + 1)), items[t]);
      }
    }
    assertEquals(upos.tag(List.of("The", "boy", "kicked", "the", "ball", ".")),
        List.of(out.get(0).split(" ")).stream().map(x -> x.substring(x.lastIndexOf('_') + 1)).toList());
  }

  @Test
  void batchSizeDoesNotChangeTheOutput() throws IOException {
    Path input = TinyModels.POS_SAMPLE.resolve("dev.conllu");
    CommandRunner.Result all = CommandRunner.run("tag", "--model", uposModel.toString(), "--input", input.toString());
    CommandRunner.Result oneByOne = CommandRunner.run("tag", "--model", uposModel.toString(), "--input",
        input.toString(), "--batch", "1");
    assertEquals(0, all.exitCode(), all.err());
    assertEquals(all.out(), oneByOne.out());
    List<TaggedSentence> dev = TinyModels.posSample("dev", ConllUTagColumn.UPOS);
    List<String> expected = new ArrayList<>();
    for (TaggedSentence s : dev) {
      expected.addAll(upos.tag(s.words()));
    }
    List<String> got = all.out().lines().filter(l -> !l.isEmpty() && !l.startsWith("#"))
        .map(l -> l.split("\t")[3]).toList();
    assertEquals(expected, got, "the CLI tags like the library, one sentence at a time");
  }

  @Test
  void conllAppendsOrReplacesAColumnKeepingTheSeparator() throws IOException {
    String tabbed = "-DOCSTART-\tO\n\nThe\tX\nboy\tX\n\t\nsleeps\tX\n";
    CommandRunner.Result appended = CommandRunner.runWithStdin(tabbed, "tag", "--model", uposModel.toString(),
        "--format", "conll");
    assertEquals(0, appended.exitCode(), appended.err());
    List<String> lines = appended.out().lines().toList();
    assertEquals(List.of("-DOCSTART-", "O", "O"), List.of(lines.get(0).split("\t")));
    assertEquals("", lines.get(1));
    assertEquals(3, lines.get(2).split("\t").length, lines.get(2));
    assertTrue(lines.get(2).startsWith("The\tX\t"));
    assertEquals("\t", lines.get(4), "WNUT-style tab boundary line kept");

    String spaced = "The X\nboy X\n";
    CommandRunner.Result replaced = CommandRunner.runWithStdin(spaced, "tag", "--model", uposModel.toString(),
        "--format", "conll", "--tag-column", "2");
    assertEquals(0, replaced.exitCode(), replaced.err());
    List<String> rows = replaced.out().lines().toList();
    assertEquals(2, rows.get(0).split(" ").length, rows.get(0));
    assertEquals(upos.tag(List.of("The", "boy")),
        rows.subList(0, 2).stream().map(l -> l.split(" ")[1]).toList());
  }

  @Test
  void xposModelFillsXpos() throws IOException {
    Path xposModel = dir.resolve("xpos.zip");
    NeuralTagger xpos = TinyModels.posTagger(xposModel, ConllUTagColumn.XPOS);
    String sentence = "# text = The boy\n1\tThe\t_\tDET\t_\t_\t_\t_\t_\t_\n2\tboy\t_\tNOUN\t_\t_\t_\t_\t_\t_\n\n";
    CommandRunner.Result r = CommandRunner.runWithStdin(sentence, "tag", "--model", xposModel.toString(),
        "--format", "conllu");
    assertEquals(0, r.exitCode(), r.err());
    List<String> xposTags = r.out().lines().filter(l -> l.startsWith("1\t") || l.startsWith("2\t"))
        .map(l -> l.split("\t")).peek(c -> assertTrue(c[3].equals("DET") || c[3].equals("NOUN"), "UPOS kept"))
        .map(c -> c[4]).toList();
    assertEquals(xpos.tag(List.of("The", "boy")), xposTags);
  }

  @Test
  void malformedConlluIsExit2WithFileAndLineAndNoOutputFile() throws IOException {
    Path input = Files.writeString(dir.resolve("bad.conllu"),
        "1\tThe\t_\tDET\t_\t_\t_\t_\t_\t_\n2\tboy\t_\tNOUN\t_\t_\n\n");
    Path output = dir.resolve("out.conllu");
    CommandRunner.Result r = CommandRunner.run("tag", "--model", uposModel.toString(), "--input", input.toString(),
        "--output", output.toString());
    assertEquals(Seq4j.EXIT_BAD_INPUT, r.exitCode());
    assertEquals("seq4j: " + input + ":2: expected 10 tab-separated columns, found 6", r.err().strip());
    assertFalse(Files.exists(output));
  }

  @Test
  void invalidUtf8OnStdinNamesTheLine() {
    byte[] stdin = "good line\nalso good\nbad \u00ff line\n".getBytes(StandardCharsets.ISO_8859_1);
    CommandRunner.Result r = CommandRunner.runWithStdin(stdin, "tag", "--model", uposModel.toString(),
        "--format", "tokens");
    assertEquals(Seq4j.EXIT_BAD_INPUT, r.exitCode());
    assertTrue(r.err().startsWith("seq4j: <stdin>:3: invalid UTF-8"), r.err());
  }

  @Test
  void statsGoToStderr() {
    CommandRunner.Result r = CommandRunner.runWithStdin("The boy kicked the ball .\n", "tag", "--model",
        uposModel.toString(), "--stats");
    assertEquals(0, r.exitCode(), r.err());
    assertEquals(1, r.out().lines().count());
    assertTrue(r.err().contains("steady state") && r.err().contains("whole process"), r.err());
    assertTrue(r.err().contains("1 sentences, 6 tokens"), r.err());
  }

  @Test
  void missingOrInvalidModelFileIsBadInputNamingIt() throws IOException {
    Path missing = dir.resolve("missing.zip");
    CommandRunner.Result r = CommandRunner.runWithStdin("a b\n", "tag", "--model", missing.toString());
    assertEquals(Seq4j.EXIT_BAD_INPUT, r.exitCode(), r.err());
    assertTrue(r.err().startsWith("seq4j: " + missing), r.err());
    Path notAZip = Files.writeString(dir.resolve("model.zip"), "not a zip");
    CommandRunner.Result invalid = CommandRunner.runWithStdin("a b\n", "tag", "--model", notAZip.toString());
    assertEquals(Seq4j.EXIT_BAD_INPUT, invalid.exitCode(), invalid.err());
    assertTrue(invalid.err().startsWith("seq4j: " + notAZip), invalid.err());
    assertFalse(invalid.err().contains("\tat "), invalid.err());
  }
}
