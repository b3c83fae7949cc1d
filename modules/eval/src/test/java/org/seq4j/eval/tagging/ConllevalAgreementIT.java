package org.seq4j.eval.tagging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Agreement with the real conlleval.pl on real corpora: gold tags from WNUT-17 test and Universal
 * NER EWT test against seeded random perturbations of them, and UD EWT UPOS tags (not chunk tags:
 * raw conlleval mode) likewise. The script is not part of seq4j (it is not ours to ship); give its
 * path with {@code -Dconlleval.pl=/path/to/conlleval.pl}. Skips when the script, perl or the
 * corpora are absent.
 */
class ConllevalAgreementIT {

  private static final Path CORPORA = Path.of(System.getProperty("seq4j.corpora", "../../corpora"));
  private static final double PERTURBATION_RATE = 0.15;

  @TempDir Path dir;

  private static Path script() {
    String path = System.getProperty("conlleval.pl", "");
    assumeTrue(!path.isEmpty() && Files.isRegularFile(Path.of(path)),
        "set -Dconlleval.pl=/path/to/conlleval.pl to run the agreement check");
    return Path.of(path);
  }

  private static Path corpus(String relative) {
    Path file = CORPORA.resolve(relative);
    assumeTrue(Files.isRegularFile(file), "corpus file absent: " + file);
    return file;
  }

  @Test
  void wnut17TestAgreesWithConlleval() throws Exception {
    Path gold = corpus("wnut17/emerging.test.annotated");
    TagFile goldFile = TagFileReader.read(gold, TagFileFormat.CONLL, OptionalInt.empty());
    assertAgrees(perturb(goldFile, 17), false);
  }

  @Test
  void universalNerEwtTestAgreesWithConlleval() throws Exception {
    Path gold = corpus("uner-en-ewt/en_ewt-ud-test.iob2");
    TagFile goldFile = TagFileReader.read(gold, TagFileFormat.CONLLU, OptionalInt.of(3));
    assertAgrees(perturb(goldFile, 2024), false);
  }

  @Test
  void rawModeAgreesWithConllevalOnPosTags() throws Exception {
    Path gold = corpus("ud-en-ewt/en_ewt-ud-test.conllu");
    TagFile goldFile = TagFileReader.read(gold, TagFileFormat.CONLLU, OptionalInt.empty());
    assertAgrees(perturb(goldFile, 5), true);
  }

  /** Replaces a share of the tags with random tags of the file's own tag set (seeded). */
  private static List<TaggedSentence> perturb(TagFile gold, long seed) {
    List<String> tagSet = new ArrayList<>(gold.tagSet());
    SplittableRandom random = new SplittableRandom(seed);
    List<TaggedSentence> sentences = new ArrayList<>();
    for (TagColumnSentence sentence : gold.sentences()) {
      List<String> predicted = new ArrayList<>(sentence.tags());
      for (int i = 0; i < predicted.size(); i++) {
        if (random.nextDouble() < PERTURBATION_RATE) {
          predicted.set(i, tagSet.get(random.nextInt(tagSet.size())));
        }
      }
      sentences.add(new TaggedSentence(sentence.tokens(), sentence.tags(), predicted));
    }
    return sentences;
  }

  private void assertAgrees(List<TaggedSentence> sentences, boolean raw) throws Exception {
    Path script = script();
    StringBuilder input = new StringBuilder();
    for (TaggedSentence s : sentences) {
      for (int i = 0; i < s.size(); i++) {
        // conlleval splits on single spaces; tokens do not affect its counts.
        input.append(s.tokens().get(i).replace(' ', '_')).append(' ')
            .append(s.gold().get(i)).append(' ').append(s.predicted().get(i)).append('\n');
      }
      input.append('\n');
    }
    Path in = dir.resolve("input.txt");
    Files.writeString(in, input, StandardCharsets.UTF_8);
    Path out = dir.resolve("perl.out");
    Process perl;
    try {
      perl = new ProcessBuilder("perl", script.toString())
          .redirectInput(in.toFile()).redirectOutput(out.toFile()).redirectErrorStream(false).start();
    } catch (IOException e) {
      assumeTrue(false, "perl is not available: " + e.getMessage());
      return;
    }
    assumeTrue(perl.waitFor(1, TimeUnit.MINUTES), "perl did not finish");
    assertEquals(0, perl.exitValue(), "conlleval.pl exit code");
    String expected = Files.readString(out, StandardCharsets.UTF_8);
    ConllevalReport report = raw
        ? ConllevalRawCounter.count(sentences)
        : TagEvaluation.of(sentences, Optional.of(TagScheme.IOB2), false, false, Set.of())
            .conlleval().orElseThrow();
    assertEquals(expected, report.toText());
  }
}
