package org.seq4j.nn.rnn;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.seq4j.nn.linalg.BlasThreads;

/**
 * Runs the two directions of a bidirectional layer, one after the other by default or, when the
 * system property {@value #PARALLEL_PROPERTY} is {@code true} (and the JVM sees two processors),
 * at once: the forward direction on the calling thread, the reverse one on a pooled daemon thread,
 * with single-threaded BLAS inside ({@link BlasThreads}). The directions share no mutable state
 * (separate parameters, gradients and traces; disjoint columns of the shared output arrays), so
 * both ways give the same results, bit for bit.
 *
 * <p>Why sequential by default: a direction is a chain of small dependent steps, so two chains on
 * two threads looked like the way to use both cores; measured on the 2-core machine shared with
 * other jobs (load 7-12), it was slower than one chain with two OpenBLAS threads per gemm (tagger
 * benchmark training step, median of 20: 0.27-0.50 s parallel against 0.12-0.38 s sequential, with
 * 1.5x the process CPU), and its best steps were no faster (0.072-0.09 s against 0.077-0.084 s).
 * The parallel mode stays available for machines with idle cores.
 */
final class DirectionPair {
    /** Set to {@code true} to run the two directions on two threads. */
    static final String PARALLEL_PROPERTY = "seq4j.rnn.parallelDirections";

    private static final ExecutorService WORKERS = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "seq4j-rnn-direction");
        thread.setDaemon(true);
        return thread;
    });

    private DirectionPair() {
    }

    record Results<A, B>(A first, B second) {
    }

    static <A, B> Results<A, B> run(Supplier<A> first, Supplier<B> second) {
        if (!Boolean.getBoolean(PARALLEL_PROPERTY) || Runtime.getRuntime().availableProcessors() < 2) {
            return new Results<>(first.get(), second.get());
        }
        try (BlasThreads single = BlasThreads.singleThreaded()) {
            Future<B> other = WORKERS.submit(second::get);
            A a;
            try {
                a = first.get();
            } catch (RuntimeException | Error e) {
                other.cancel(false);
                awaitQuietly(other);
                throw e;
            }
            return new Results<>(a, await(other));
        }
    }

    private static <B> B await(Future<B> future) {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return future.get();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static void awaitQuietly(Future<?> future) {
        try {
            await(future);
        } catch (RuntimeException | Error ignored) {
            // cancelled, or failed too: the first direction's failure is the one reported
        }
    }
}
