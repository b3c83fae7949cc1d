package org.seq4j.nn.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.seq4j.nn.backend.BackendInfo;
import org.seq4j.nn.backend.BlasLibrary;

/**
 * The JSON objects a benchmark prints, one per phase, with the peer's fields in the peer's order
 * ({@code peer, version, threads, workload, vocab, emb, hidden, layers, batch, len, phase, ...})
 * plus {@code nd4j_binary}, the instruction set of the loaded libnd4j build, and {@code openblas},
 * which OpenBLAS runs the gemms ({@code bundled} or {@code system}, see {@link BlasLibrary}), since
 * both change the numbers. Plain maps, so any JSON writer can print them.
 */
public final class BenchReport {
    /** The {@code peer} value of seq4j's lines. */
    public static final String PEER = "seq4j";

    private BenchReport() {
    }

    public static List<Map<String, Object>> lines(ThroughputBenchmark benchmark, BenchOptions options,
            List<PhaseResult> results, String version, BackendInfo backend) {
        List<Map<String, Object>> lines = new ArrayList<>();
        for (PhaseResult result : results) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("peer", PEER);
            line.put("version", version);
            line.put("threads", backend.ompThreads());
            line.put("workload", benchmark.workload());
            line.put("vocab", options.vocab());
            line.put("emb", options.emb());
            line.put("hidden", options.hidden());
            line.put("layers", options.layers());
            line.put("batch", options.batch());
            line.put("len", options.len());
            line.putAll(result.fields());
            line.put("nd4j_binary", backend.binaryOptimisation().name());
            line.put("openblas", BlasLibrary.describeLoaded());
            lines.add(line);
        }
        return lines;
    }
}
