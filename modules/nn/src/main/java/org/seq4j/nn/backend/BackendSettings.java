package org.seq4j.nn.backend;

import java.util.Map;
import org.nd4j.linalg.api.buffer.DataType;

/**
 * What {@link NativeBackend#configure(BackendSettings)} applies to ND4J before first use.
 *
 * <p>Thread count: OpenMP reads {@code OMP_NUM_THREADS} and {@code OMP_WAIT_POLICY} when the native
 * library loads, so the launcher script sets them; {@link #fromEnvironment} respects an explicit
 * {@code OMP_NUM_THREADS} and otherwise uses the number of available processors (measured best on
 * 2 cores: 2 threads with {@code OMP_WAIT_POLICY=PASSIVE}). The thread count is then also pushed into
 * ND4J's own environment and the BLAS library from Java, which works after load.
 *
 * @param defaultDataType default floating point type for new arrays (FLOAT for training)
 * @param threads         OpenMP / BLAS thread count, at least 1
 */
public record BackendSettings(DataType defaultDataType, int threads) {

    /** Environment variable OpenMP reads for its thread count. */
    public static final String OMP_NUM_THREADS = "OMP_NUM_THREADS";
    /** Environment variable OpenMP reads for its idle-wait behaviour (PASSIVE is best on 2 cores). */
    public static final String OMP_WAIT_POLICY = "OMP_WAIT_POLICY";
    /** Default array type: single precision, what every model in seq4j trains in. */
    public static final DataType DEFAULT_DATA_TYPE = DataType.FLOAT;

    public BackendSettings {
        if (defaultDataType == null || !defaultDataType.isFPType()) {
            throw new IllegalArgumentException("defaultDataType must be a floating point type, got " + defaultDataType);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
    }

    /** Settings for this process: FLOAT and the thread count from the real environment. */
    public static BackendSettings fromEnvironment() {
        return fromEnvironment(System.getenv(), Runtime.getRuntime().availableProcessors());
    }

    /**
     * Settings derived from the given environment: {@code OMP_NUM_THREADS} when it is a positive
     * integer, otherwise {@code availableProcessors}.
     *
     * @throws IllegalArgumentException if {@code OMP_NUM_THREADS} is set but is not a positive integer
     */
    public static BackendSettings fromEnvironment(Map<String, String> environment, int availableProcessors) {
        String requested = environment.get(OMP_NUM_THREADS);
        int threads = Math.max(1, availableProcessors);
        if (requested != null && !requested.isBlank()) {
            threads = parseThreads(requested.trim());
        }
        return new BackendSettings(DEFAULT_DATA_TYPE, threads);
    }

    /** A copy of these settings with another thread count. */
    public BackendSettings withThreads(int newThreads) {
        return new BackendSettings(defaultDataType, newThreads);
    }

    private static int parseThreads(String value) {
        // OpenMP allows a comma-separated list for nested levels; the first entry is the outer level.
        String first = value.split(",", 2)[0].trim();
        try {
            int parsed = Integer.parseInt(first);
            if (parsed >= 1) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(OMP_NUM_THREADS + " must be a positive integer, got '" + value + "'");
    }
}
