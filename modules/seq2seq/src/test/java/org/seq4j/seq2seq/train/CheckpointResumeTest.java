package org.seq4j.seq2seq.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.seq4j.corpus.BadInputException;
import org.seq4j.corpus.SentencePair;
import org.seq4j.corpus.toy.ToyTask;
import org.seq4j.corpus.toy.ToyTaskGenerator;
import org.seq4j.nn.model.ModelReader;
import org.seq4j.nn.rnn.CellType;
import org.seq4j.seq2seq.model.AttentionType;
import org.seq4j.seq2seq.model.Seq2SeqConfig;

/**
 * Checkpoints of a tiny translator with dropout between two layers (every random source in play):
 * a run stopped after epoch 2 and resumed to epoch 3 ends bit-identical to the uninterrupted run
 * (parameters, optimizer moments and step count, learning rate after plateau decay, metrics);
 * only the last K epoch files are kept; averaging leaves a loadable translator.
 */
class CheckpointResumeTest {
  private static final int EPOCHS = 3;
  private static final List<SentencePair> TRAIN = pairs(120, 1);
  private static final List<SentencePair> DEV = pairs(20, 2);

  private static List<SentencePair> pairs(int count, long seed) {
    return new ToyTaskGenerator(ToyTask.REVERSE, 8, 1, 5).generate(count, seed);
  }

  private static Seq2SeqConfig architecture() {
    return new Seq2SeqConfig(1, 1, CellType.LSTM, 8, 8, 2, 2, 0.3, AttentionType.BAHDANAU, false, false, 20, 5L,
        true, false);
  }

  /** Plateau patience 0 and a dev metric that rarely improves on 20 toy pairs: the rate decays. */
  private static Seq2SeqTrainingOptions options(int maxEpochs) {
    return new Seq2SeqTrainingOptions(maxEpochs, 0.01, 1.0, 60, 0.1, Seq2SeqTrainingOptions.BLEU, 10, 0.5, 0, 1,
        DEV.size(), 9L);
  }

  private static Seq2SeqTrainer trainer(int maxEpochs, Path dir, int keep, boolean average) {
    return new Seq2SeqTrainer(architecture(), options(maxEpochs), DecodingOptions.GREEDY)
        .withCheckpoints(new CheckpointOptions(dir, keep, average));
  }

  @Test
  void resumedRunRepeatsTheUninterruptedRun(@TempDir Path dir) throws Exception {
    Path straight = dir.resolve("straight");
    StringWriter straightMetrics = new StringWriter();
    trainer(EPOCHS, straight, 2, false).train(TRAIN, DEV, straightMetrics);

    Path interrupted = dir.resolve("interrupted");
    StringWriter interruptedMetrics = new StringWriter();
    trainer(EPOCHS - 1, interrupted, 2, false).train(TRAIN, DEV, interruptedMetrics);
    Seq2SeqTrainer.Outcome resumed = trainer(EPOCHS, interrupted, 2, false)
        .resume(interrupted.resolve(CheckpointOptions.RESUME_FILE), TRAIN, DEV, interruptedMetrics);

    assertEquals(EPOCHS, resumed.result().epochs());
    assertEquals(straightMetrics.toString().lines().map(CheckpointResumeTest::withoutTiming).toList(),
        interruptedMetrics.toString().lines().map(CheckpointResumeTest::withoutTiming).toList());
    Map<String, INDArray> a = ModelReader.read(straight.resolve(CheckpointOptions.RESUME_FILE)).parameters();
    Map<String, INDArray> b = ModelReader.read(interrupted.resolve(CheckpointOptions.RESUME_FILE)).parameters();
    assertEquals(a.keySet(), b.keySet());
    assertTrue(a.keySet().stream().anyMatch(n -> n.startsWith("adam.m.")), a.keySet().toString());
    for (String name : a.keySet()) {
      assertArrayEquals(a.get(name).ravel().toFloatVector(), b.get(name).ravel().toFloatVector(), 0f, name);
    }
    assertEquals(ModelReader.read(straight.resolve(CheckpointOptions.RESUME_FILE)).config(),
        ModelReader.read(interrupted.resolve(CheckpointOptions.RESUME_FILE)).config());

    assertFalse(Files.exists(straight.resolve("epoch-001.zip")));
    assertTrue(Files.exists(straight.resolve("epoch-002.zip")) && Files.exists(straight.resolve("epoch-003.zip")));
    NeuralTranslator epoch3 = NeuralTranslator.load(straight.resolve("epoch-003.zip"));
    assertEquals(TRAIN.size(), epoch3.translateAll(TRAIN.stream().map(SentencePair::source).toList()).size());
  }

  @Test
  void averagingLeavesAWorkingTranslatorAndAMismatchedArchitectureIsRefused(@TempDir Path dir) {
    Seq2SeqTrainer.Outcome outcome = trainer(EPOCHS, dir, 2, true).train(TRAIN, DEV, new StringWriter());
    assertEquals(DEV.size(), outcome.translator().translateAll(DEV.stream().map(SentencePair::source).toList()).size());
    Seq2SeqTrainer other = new Seq2SeqTrainer(architecture().withInputFeeding(false), options(EPOCHS + 1),
        DecodingOptions.GREEDY);
    BadInputException e = assertThrows(BadInputException.class,
        () -> other.resume(dir.resolve(CheckpointOptions.RESUME_FILE), TRAIN, DEV, new StringWriter()));
    assertTrue(e.getMessage().contains("architecture"), e.getMessage());
  }

  /** Metrics lines without the wall-clock fields. */
  private static String withoutTiming(String line) {
    return line.replaceAll("\"(tokens_per_s|seconds)\":[-0-9.Ee]+,?", "");
  }
}
