package org.seq4j.corpus.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.dataset.MultiDataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Batches the real UD English EWT training set (12.5k sentences, 205k words) and logs how long
 * planning, plain batches and ND4J tensors take, and the padding efficiency. Timings are logged,
 * never asserted. Skips when the corpus is absent.
 */
class EwtBatchingIT {

  private static final Logger LOG = LoggerFactory.getLogger(EwtBatchingIT.class);
  private static final Path EWT_TRAIN =
      Path.of(System.getProperty("seq4j.corpora", "../../corpora"),
          "ud-en-ewt", "en_ewt-ud-train.conllu");
  private static final int BATCH_SENTENCES = 32;
  private static final int TOKEN_BUDGET = 1024;
  private static final long SEED = 20240601L;
  private static final int UPOS_COLUMN = 3;
  private static final int TIMED_REPEATS = 5;
  private static final double NANOS_PER_MILLI = 1e6;

  private static List<TaggingExample> examples;
  private static int numTags;
  private static long totalTokens;

  @BeforeAll
  static void readCorpus() throws IOException {
    Assumptions.assumeTrue(Files.isReadable(EWT_TRAIN), "EWT train not found at " + EWT_TRAIN);
    Map<String, Integer> words = new HashMap<>();
    Map<String, Integer> tags = new HashMap<>();
    examples = new ArrayList<>();
    List<String[]> sentence = new ArrayList<>();
    try (BufferedReader reader = Files.newBufferedReader(EWT_TRAIN, StandardCharsets.UTF_8)) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.isEmpty()) {
          examples.add(encode(sentence, words, tags));
          sentence.clear();
        } else if (Character.isDigit(line.charAt(0))) {
          String[] columns = line.split("\t");
          if (columns[0].chars().allMatch(Character::isDigit)) {
            sentence.add(columns);
          }
        }
      }
    }
    if (!sentence.isEmpty()) {
      examples.add(encode(sentence, words, tags));
    }
    numTags = tags.size();
    totalTokens = examples.stream().mapToLong(TaggingExample::length).sum();
    LOG.info("EWT train: {} sentences, {} tokens, {} word types, {} tags",
        examples.size(), totalTokens, words.size(), numTags);
  }

  private static TaggingExample encode(
      List<String[]> sentence, Map<String, Integer> words, Map<String, Integer> tags) {
    int[] tokenIds = new int[sentence.size()];
    int[] tagIds = new int[sentence.size()];
    for (int i = 0; i < tokenIds.length; i++) {
      String[] columns = sentence.get(i);
      tokenIds[i] = words.computeIfAbsent(columns[1], w -> words.size() + 1);
      tagIds[i] = tags.computeIfAbsent(columns[UPOS_COLUMN], t -> tags.size());
    }
    return new TaggingExample(tokenIds, tagIds);
  }

  @Test
  void bucketingOnRealLengthsCutsPaddingAndRespectsTheTokenBudget() {
    TaggingBatcher batcher = new TaggingBatcher(examples);
    SequenceLengths lengths = batcher.lengths();
    BatchingOptions options = BatchingOptions.shuffled(BatchSize.sentences(BATCH_SENTENCES), SEED);

    PaddingStats unsorted = batcher.paddingStats(new BatchPlanner(
        options.withPoolSize(BatchingOptions.NO_BUCKETING)).planEpoch(lengths, 0));
    PaddingStats pooled = batcher.paddingStats(new BatchPlanner(options).planEpoch(lengths, 0));
    BatchPlan budgetPlan =
        new BatchPlanner(BatchingOptions.shuffled(BatchSize.tokens(TOKEN_BUDGET), SEED))
            .planEpoch(lengths, 0);
    PaddingStats budget = batcher.paddingStats(budgetPlan);
    LOG.info("padding efficiency, {} sentences/batch: unsorted {} ({} batches), pooled {} ({} batches)",
        BATCH_SENTENCES, String.format("%.3f", unsorted.efficiency()), unsorted.batches(),
        String.format("%.3f", pooled.efficiency()), pooled.batches());
    LOG.info("padding efficiency, {} tokens/batch: {} ({} batches)",
        TOKEN_BUDGET, String.format("%.3f", budget.efficiency()), budget.batches());

    assertEquals(totalTokens, pooled.realTokens());
    assertTrue(pooled.efficiency() > unsorted.efficiency() + 0.2,
        "pooled " + pooled.efficiency() + " vs unsorted " + unsorted.efficiency());
    for (TaggingBatch batch : batcher.batches(budgetPlan)) {
      assertTrue(batch.paddedSlots() <= TOKEN_BUDGET || batch.size() == 1,
          batch.size() + " x " + batch.timeSteps() + " over budget");
    }
  }

  @Test
  void timeAFullEpochOfMultiDataSets() {
    long backendStart = System.nanoTime();
    Nd4j.create(new float[] {1}, new long[] {1}, 'c'); // load the native backend before timing
    LOG.info("ND4J backend start-up: {} ms",
        String.format("%.1f", (System.nanoTime() - backendStart) / NANOS_PER_MILLI));
    BatchingOptions options = BatchingOptions.shuffled(BatchSize.sentences(BATCH_SENTENCES), SEED);
    for (int repeat = 0; repeat <= TIMED_REPEATS; repeat++) {
      long start = System.nanoTime();
      TaggingBatcher batcher = new TaggingBatcher(examples);
      BatchPlan plan = new BatchPlanner(options).planEpoch(batcher.lengths(), repeat);
      long planned = System.nanoTime();
      List<TaggingBatch> batches = batcher.batches(plan);
      long plain = System.nanoTime();
      List<MultiDataSet> tensorBatches = new ArrayList<>(batches.size());
      for (TaggingBatch batch : batches) {
        tensorBatches.add(BatchTensors.tagging(batch, TensorFormat.oneHot(numTags)));
      }
      long tensors = System.nanoTime();
      long maskSum = 0;
      for (MultiDataSet data : tensorBatches) {
        maskSum += data.getFeaturesMaskArray(0).sumNumber().longValue();
      }
      assertEquals(totalTokens, maskSum);
      LOG.info("{} epoch {}: plan {} ms, plain batches {} ms, one-hot MultiDataSets {} ms, "
              + "total {} ms for {} batches",
          repeat == 0 ? "cold" : "warm", repeat,
          String.format("%.1f", (planned - start) / NANOS_PER_MILLI),
          String.format("%.1f", (plain - planned) / NANOS_PER_MILLI),
          String.format("%.1f", (tensors - plain) / NANOS_PER_MILLI),
          String.format("%.1f", (tensors - start) / NANOS_PER_MILLI), plan.size());
    }
  }
}
