package org.seq4j.nn.bench;

import java.util.List;
import java.util.Locale;

/**
 * A model built from seq4j's explicit-gradient layers with the same shapes as the PyTorch peer
 * ({@code ../shared/bench/torch_reference.py}), timed phase by phase. Synthetic fixed-length
 * batches (no padding), FLOAT, Adam at the peer's learning rate.
 */
public interface ThroughputBenchmark {

    /** The peer's Adam learning rate. */
    double LEARNING_RATE = 1e-3;

    /** Workload name as the peer prints it: {@code tagger} or {@code seq2seq}. */
    String workload();

    /** Total scalar parameters of the model. */
    long parameterCount();

    /** Runs every phase (training first, then inference) and returns their measurements. */
    List<PhaseResult> run();

    /** The benchmark for a workload name. */
    static ThroughputBenchmark of(String workload, BenchOptions options) {
        return switch (workload.toLowerCase(Locale.ROOT)) {
            case TaggerBenchmark.WORKLOAD -> new TaggerBenchmark(options);
            case Seq2SeqBenchmark.WORKLOAD -> new Seq2SeqBenchmark(options);
            default -> throw new IllegalArgumentException("Invalid workload '" + workload + "': expected "
                    + TaggerBenchmark.WORKLOAD + "|" + Seq2SeqBenchmark.WORKLOAD);
        };
    }
}
