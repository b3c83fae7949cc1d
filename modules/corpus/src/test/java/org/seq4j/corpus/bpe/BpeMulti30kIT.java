package org.seq4j.corpus.bpe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seq4j.corpus.tokenize.WhitespaceTokenizer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Learns 10k merges on the Multi30k English training side, logs the time it took, and checks that
 * segmentation is reversible on the whole corpus and that the merges round-trip through a file.
 */
class BpeMulti30kIT {

  private static final Logger LOG = LoggerFactory.getLogger(BpeMulti30kIT.class);
  private static final Path TRAIN_EN =
      Path.of(System.getProperty("seq4j.corpora", "../../corpora"), "multi30k-de-en/tok/train.lc.norm.tok.en");
  private static final int MERGES = 10_000;
  private static final double NANOS_PER_SECOND = 1e9;

  @Test
  void learnsTenThousandMergesAndSegmentsReversibly(@TempDir Path dir) throws IOException {
    assumeTrue(Files.isReadable(TRAIN_EN), "Multi30k corpus not found at " + TRAIN_EN + "; skipping");
    List<List<String>> sentences = new ArrayList<>();
    for (String line : Files.readAllLines(TRAIN_EN, StandardCharsets.UTF_8)) {
      sentences.add(WhitespaceTokenizer.INSTANCE.tokenize(line));
    }

    long start = System.nanoTime();
    BpeMerges merges = new BpeLearner().addSequences(sentences).learn(MERGES);
    double learnSeconds = (System.nanoTime() - start) / NANOS_PER_SECOND;

    BpeSegmenter segmenter = new BpeSegmenter(merges);
    start = System.nanoTime();
    long pieces = 0;
    for (List<String> sentence : sentences) {
      List<String> segmented = segmenter.apply(sentence);
      pieces += segmented.size();
      assertEquals(sentence, BpeSegmenter.undo(segmented));
    }
    double applySeconds = (System.nanoTime() - start) / NANOS_PER_SECOND;
    LOG.info(
        "Multi30k en: learned {} merges in {} s; segmented {} sentences into {} subwords in {} s",
        merges.size(),
        String.format("%.2f", learnSeconds),
        sentences.size(),
        pieces,
        String.format("%.2f", applySeconds));

    assertTrue(merges.size() > 0);
    Path trainDe = TRAIN_EN.resolveSibling("train.lc.norm.tok.de");
    if (Files.isReadable(trainDe)) {
      BpeLearner joint = new BpeLearner().addSequences(sentences);
      for (String line : Files.readAllLines(trainDe, StandardCharsets.UTF_8)) {
        joint.addAll(WhitespaceTokenizer.INSTANCE.tokenize(line));
      }
      start = System.nanoTime();
      BpeMerges jointMerges = joint.learn(MERGES);
      LOG.info(
          "Multi30k en+de joint: learned {} merges in {} s",
          jointMerges.size(),
          String.format("%.2f", (System.nanoTime() - start) / NANOS_PER_SECOND));
      assertEquals(MERGES, jointMerges.size());
    }
    Path file = dir.resolve("codes.bpe");
    merges.save(file);
    assertEquals(merges, BpeMerges.load(file));
  }
}
