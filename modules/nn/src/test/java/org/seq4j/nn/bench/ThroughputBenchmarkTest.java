package org.seq4j.nn.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.seq4j.nn.backend.NativeBackend;

/** Tiny shapes: the models run, learn on their fixed batch, and report the peer's fields. */
class ThroughputBenchmarkTest {
    private static final BenchOptions TINY = new BenchOptions(30, 6, 5, 2, 4, 3, 4, 0, 1, 1);
    private static final int LEARNING_STEPS = 30;

    @Test
    void taggerTrainingLowersTheLossAndInferenceGivesOneTagPerToken() {
        TaggerBenchmark tagger = new TaggerBenchmark(TINY);
        double first = tagger.trainStep();
        double last = first;
        for (int i = 0; i < LEARNING_STEPS; i++) {
            last = tagger.trainStep();
        }
        assertTrue(last < first, "loss " + first + " -> " + last);
        INDArray tags = tagger.inferStep();
        assertArrayEquals(new long[] {TINY.len(), TINY.batch()}, tags.shape());
    }

    @Test
    void seq2seqTrainingLowersTheLossAndGreedyDecodingEmitsLenTokens() {
        Seq2SeqBenchmark seq2seq = new Seq2SeqBenchmark(TINY);
        double first = seq2seq.trainStep();
        double last = first;
        for (int i = 0; i < LEARNING_STEPS; i++) {
            last = seq2seq.trainStep();
        }
        assertTrue(last < first, "loss " + first + " -> " + last);
        INDArray tokens = seq2seq.greedyDecode();
        assertArrayEquals(new long[] {TINY.len(), TINY.batch()}, tokens.shape());
        assertTrue(tokens.minNumber().intValue() >= 0 && tokens.maxNumber().intValue() < TINY.vocab());
    }

    @Test
    void parameterCountsMatchThePeerLessPyTorchsSecondLstmBias() {
        // PyTorch's LSTM has two bias vectors (b_ih, b_hh) per direction and layer; seq4j has one.
        int h = TINY.hidden();
        long torchTagger = 30L * 6 + (4L * h * (6 + h) + 8L * h) * 2 + (4L * h * (2 * h + h) + 8L * h) * 2 + (2L * h * 4 + 4);
        long extraBiases = 2L * TINY.layers() * 4 * h;
        assertEquals(torchTagger - extraBiases, ThroughputBenchmark.of("tagger", TINY).parameterCount());
    }

    @Test
    void linesCarryThePeersFieldsInOrder() {
        ThroughputBenchmark benchmark = ThroughputBenchmark.of("seq2seq", TINY);
        List<PhaseResult> results = benchmark.run();
        List<Map<String, Object>> lines = BenchReport.lines(benchmark, TINY, results, "test",
                NativeBackend.currentInfo());
        assertEquals(List.of("train", "decode_greedy"), lines.stream().map(l -> l.get("phase")).toList());
        assertEquals(List.of("peer", "version", "threads", "workload", "vocab", "emb", "hidden", "layers", "batch",
                "len", "phase", "params", "step_s", "tokens_per_s", "nd4j_binary", "openblas"), List.copyOf(lines.get(0).keySet()));
        assertTrue(lines.get(1).containsKey("sentences_per_s"));
        assertEquals("seq4j", lines.get(0).get("peer"));
    }

    @Test
    void unknownWorkloadNamesTheChoices() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ThroughputBenchmark.of("lm", TINY));
        assertEquals("Invalid workload 'lm': expected tagger|seq2seq", e.getMessage());
    }

    @Test
    void medianMatchesPythonStatistics() {
        assertEquals(2.0, StepTimer.median(new double[] {3, 1, 2}));
        assertEquals(2.5, StepTimer.median(new double[] {4, 1, 3, 2}));
    }
}
