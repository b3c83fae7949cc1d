package org.seq4j.nn.crf;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.seq4j.nn.backend.NativeBackend;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Timing of the CRF at tagger shapes (batch 32, 25 steps, 17 and 50 tags, every step real), Java-array
 * implementation against the ND4J-ops formulation. Not a test: runs only with
 * {@code -Dseq4j.bench=true}, logs median milliseconds per batch and asserts nothing.
 * <pre>mvn -B -o -q -pl modules/nn test -Dtest=CrfBenchmark -Dseq4j.bench=true</pre>
 */
@EnabledIfSystemProperty(named = "seq4j.bench", matches = "true")
class CrfBenchmark {

    private static final Logger LOG = LoggerFactory.getLogger(CrfBenchmark.class);
    private static final int BATCH = 32;
    private static final int TIME = 25;
    private static final int WARMUP = 30;
    private static final int REPEATS = 100;
    private static final int ND4J_REPEATS = 20;
    private static final double NANOS_PER_MILLI = 1e6;
    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();

    @Test
    void measure() {
        NativeBackend.configureFromEnvironment();
        for (int numTags : new int[] {17, 50}) {
            int[] lengths = new int[BATCH];
            Arrays.fill(lengths, TIME);
            CrfFixture fixture = CrfFixture.random(numTags, numTags, TIME, lengths);
            INDArray emissions = fixture.emissionArray(DataType.FLOAT);
            INDArray mask = fixture.maskArray(DataType.FLOAT);
            INDArray gold = fixture.goldArray();
            INDArray oneHot = NdArrayCrfReference.oneHot(fixture.gold(), numTags, DataType.FLOAT);
            CrfParameters parameters = fixture.parameters(DataType.FLOAT);
            LinearChainCrf crf = new LinearChainCrf(numTags);

            double[] javaGradient = medianMillis(REPEATS, () -> crf.lossAndGradient(parameters, emissions, mask, gold));
            double[] javaViterbi = medianMillis(REPEATS, () -> crf.decode(parameters, emissions, mask));
            double[] nd4jGradient = medianMillis(ND4J_REPEATS,
                    () -> NdArrayCrfReference.lossAndGradient(parameters, emissions, mask, oneHot));
            double[] nd4jViterbi = medianMillis(ND4J_REPEATS, () -> NdArrayCrfReference.viterbiTables(parameters, emissions, mask));
            LOG.info("CRF batch {} time {} tags {}: loss+gradient java {} ms, nd4j-ops {} ms; viterbi java {} ms, "
                            + "nd4j-ops forward pass only {} ms",
                    BATCH, TIME, numTags, format(javaGradient), format(nd4jGradient), format(javaViterbi), format(nd4jViterbi));
        }
    }

    private static double[] medianMillis(int repeats, Runnable work) {
        for (int i = 0; i < WARMUP; i++) {
            work.run();
        }
        double[] wall = new double[repeats];
        double[] cpu = new double[repeats];
        for (int i = 0; i < repeats; i++) {
            long startCpu = THREADS.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            work.run();
            wall[i] = (System.nanoTime() - start) / NANOS_PER_MILLI;
            cpu[i] = (THREADS.getCurrentThreadCpuTime() - startCpu) / NANOS_PER_MILLI;
        }
        Arrays.sort(wall);
        Arrays.sort(cpu);
        return new double[] {wall[repeats / 2], cpu[repeats / 2]};
    }

    /** Median wall-clock and, in brackets, median CPU time of the calling thread (robust on a shared machine). */
    private static String format(double[] millis) {
        return String.format("%.2f (cpu %.2f)", millis[0], millis[1]);
    }
}
