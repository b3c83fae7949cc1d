package org.seq4j.nn.bench;

import java.util.Arrays;

/**
 * Runs a step a number of untimed times, then a number of timed times, and reports the median
 * wall-clock seconds — the peer's {@code timed(fn, warmup, steps)}. The median, not the mean, so
 * one step disturbed by another process on a shared machine does not move the result.
 */
public final class StepTimer {
    private static final double NANOS_PER_SECOND = 1e9;

    private StepTimer() {
    }

    /** Runs {@code step} {@code warmup} times untimed, then {@code steps} times timed; the median seconds. */
    public static double medianSeconds(Runnable step, int warmup, int steps) {
        for (int i = 0; i < warmup; i++) {
            step.run();
        }
        double[] seconds = new double[steps];
        for (int i = 0; i < steps; i++) {
            long start = System.nanoTime();
            step.run();
            seconds[i] = (System.nanoTime() - start) / NANOS_PER_SECOND;
        }
        return median(seconds);
    }

    /** The middle value; for an even count the mean of the two middle values, as Python's statistics.median. */
    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}
