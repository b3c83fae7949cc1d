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
 * two threads looked like the way to use both cores. Measured on the 2-core machine, it lost to one
 * chain with two OpenBLAS threads per gemm both when the machine was shared with other jobs (load
 * 7-12; tagger benchmark training step, median of 20: 0.27-0.50 s against 0.12-0.38 s, with 1.5x
 * the process CPU) and when it was nearly idle (load 2-3; training 0.13-0.17 s against 0.10-0.15 s,
 * inference 0.034-0.051 s against 0.022-0.029 s). The parallel mode stays for machines with more
 * cores, where the two chains do not compete with BLAS threads.
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
