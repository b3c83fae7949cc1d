package org.seq4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seq4j.corpus.SentencePair;
import org.seq4j.corpus.toy.ToyTask;
import org.seq4j.corpus.toy.ToyTaskGenerator;
import org.seq4j.nn.backend.NativeBackend;
import org.seq4j.nn.rnn.CellType;
import org.seq4j.seq2seq.model.AttentionType;
import org.seq4j.seq2seq.model.Seq2SeqConfig;
import org.seq4j.seq2seq.train.DecodingOptions;
import org.seq4j.seq2seq.train.NeuralTranslator;
import org.seq4j.seq2seq.train.Seq2SeqTrainer;
import org.seq4j.seq2seq.train.Seq2SeqTrainingOptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code seq4j translate} end to end with an attention model trained here on a small toy task
 * (reverse a sequence of up to {@value #MAX_TOY_LENGTH} integers): line alignment, empty and
 * over-long lines, n-best output, files and pipes, bad input.
 */
class TranslateCommandIT {

  private static final Logger LOG = LoggerFactory.getLogger(TranslateCommandIT.class);
  private static final int VOCABULARY = 8;
  private static final int MAX_TOY_LENGTH = 5;
  private static final int MAX_SOURCE = 8;
  private static final int EPOCHS = 20;
  /** Whole-sequence exact match far above chance (~0); measured 96% with these seeds. */
  private static final double REQUIRED_EXACT_MATCH = 80.0;
  private static final String SEPARATOR = " \\|\\|\\| ";

  @TempDir static Path models;
  private static Path model;
  private static NeuralTranslator translator;
  private static List<SentencePair> test;

  @TempDir Path dir;

  @BeforeAll
  static void train() throws IOException {
    NativeBackend.configureFromEnvironment();
    ToyTaskGenerator toy = new ToyTaskGenerator(ToyTask.REVERSE, VOCABULARY, 1, MAX_TOY_LENGTH);
    Seq2SeqConfig config = new Seq2SeqConfig(1, 1, CellType.LSTM, 16, 32, 1, 1, 0.0, AttentionType.GENERAL, false,
        false, MAX_SOURCE, 11L);
    Seq2SeqTrainingOptions options = new Seq2SeqTrainingOptions(EPOCHS, 0.01, 5.0, 400, 0.0,
        Seq2SeqTrainingOptions.EXACT_MATCH, EPOCHS, 0.5, 2, 1, 100, 7L);
    translator = new Seq2SeqTrainer(config, options, DecodingOptions.GREEDY.withBeam(1, 0.0))
        .train(toy.generate(1500, 1L), toy.generate(100, 2L), new StringWriter()).translator();
    model = models.resolve("reverse.zip");
    translator.save(model);
    test = toy.generate(50, 3L);
  }

  @Test
  void pipedLinesStayAlignedAndAreTranslated() {
    List<String> lines = new ArrayList<>();
    test.forEach(p -> lines.add(p.source()));
    lines.add(3, "");
    lines.add(7, "   ");
    String stdin = String.join("\n", lines) + "\n";
    CommandRunner.Result r = CommandRunner.runWithStdin(stdin, "translate", "--model", model.toString(),
        "--batch", "7");
    assertEquals(0, r.exitCode(), r.err());
    List<String> out = r.out().lines().toList();
    assertEquals(lines.size(), out.size());
    assertEquals("", out.get(3));
    assertEquals("", out.get(7));
    long exact = 0;
    for (int i = 0; i < lines.size(); i++) {
      if (!lines.get(i).isBlank()) {
        List<String> reversed = new ArrayList<>(List.of(lines.get(i).split(" ")));
        Collections.reverse(reversed);
        exact += String.join(" ", reversed).equals(out.get(i)) ? 1 : 0;
      }
    }
    double exactMatch = 100.0 * exact / test.size();
    LOG.info("toy reverse model: {}% exact match through seq4j translate", exactMatch);
    assertTrue(exactMatch >= REQUIRED_EXACT_MATCH, "exact match " + exactMatch + "\n" + r.out());
    assertEquals(translator.translateAll(test.stream().map(SentencePair::source).toList()),
        out.stream().filter(l -> !l.isEmpty()).toList().subList(0, test.size()), "same as the library");
  }

  @Test
  void overlongLineIsTruncatedWithAWarningNamingTheLine() {
    String longLine = String.join(" ", Collections.nCopies(MAX_SOURCE + 4, "3"));
    CommandRunner.Result r = CommandRunner.runWithStdin("1 2\n" + longLine + "\n", "translate", "--model",
        model.toString());
    assertEquals(0, r.exitCode(), r.err());
    assertEquals(2, r.out().lines().count());
    assertTrue(r.err().contains("<stdin>:2: " + (MAX_SOURCE + 4) + " tokens, truncated to the model's maximum"
        + " source length of " + MAX_SOURCE), r.err());
    String truncated = String.join(" ", Collections.nCopies(MAX_SOURCE, "3"));
    assertEquals(translator.translate(truncated), r.out().lines().toList().get(1));
  }

  @Test
  void nBestPrintsIndexHypothesisScoreLines() {
    CommandRunner.Result r = CommandRunner.runWithStdin("1 2 3\n\n4 5\n", "translate", "--model", model.toString(),
        "--beam", "4", "--n-best", "3");
    assertEquals(0, r.exitCode(), r.err());
    List<String> out = r.out().lines().toList();
    assertEquals(7, out.size(), r.out());
    for (int i = 0; i < out.size(); i++) {
      String[] fields = out.get(i).split(SEPARATOR, -1);
      assertEquals(3, fields.length, out.get(i));
      int expectedIndex = i < 3 ? 0 : i == 3 ? 1 : 2;
      assertEquals(expectedIndex, Integer.parseInt(fields[0]), out.get(i));
      Double.parseDouble(fields[2]);
    }
    assertEquals("1 |||  ||| 0.000000", out.get(3));
    double first = Double.parseDouble(out.get(0).split(SEPARATOR)[2]);
    double third = Double.parseDouble(out.get(2).split(SEPARATOR)[2]);
    assertTrue(first >= third, r.out());
    assertEquals(translator.withDecoding(translator.decoding().withBeam(4, translator.decoding().lengthPenaltyAlpha()))
        .translateNBest("1 2 3", 1).get(0).text(), out.get(0).split(SEPARATOR)[1]);
  }

  @Test
  void nBestLargerThanBeamIsAUsageError() {
    CommandRunner.Result r = CommandRunner.runWithStdin("1 2\n", "translate", "--model", model.toString(),
        "--beam", "2", "--n-best", "3");
    assertEquals(Seq4j.EXIT_BAD_INPUT, r.exitCode());
    assertTrue(r.err().contains("--n-best 3 needs --beam >= 3"), r.err());
  }

  @Test
  void filesInAndOutAndBadUtf8LeavesNoOutput() throws IOException {
    Path input = Files.writeString(dir.resolve("in.txt"), "1 2 3\n4\n");
    Path output = dir.resolve("out.txt");
    CommandRunner.Result ok = CommandRunner.run("translate", "--model", model.toString(), "--input", input.toString(),
        "--output", output.toString());
    assertEquals(0, ok.exitCode(), ok.err());
    assertEquals(translator.translateAll(List.of("1 2 3", "4")), Files.readAllLines(output));

    Path bad = Files.write(dir.resolve("bad.txt"), "1 2\n3 \u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
    Path badOut = dir.resolve("bad-out.txt");
    CommandRunner.Result r = CommandRunner.run("translate", "--model", model.toString(), "--input", bad.toString(),
        "--output", badOut.toString());
    assertEquals(Seq4j.EXIT_BAD_INPUT, r.exitCode());
    assertTrue(r.err().startsWith("seq4j: " + bad + ":2: invalid UTF-8"), r.err());
    assertFalse(Files.exists(badOut));
  }
}
