package org.seq4j.nn.linalg;

import org.bytedeco.openblas.global.openblas_nolapack;

/**
 * Single-threaded OpenBLAS for a region of code that runs its own Java threads, e.g. the two
 * directions of a bidirectional layer, each doing one small gemm per time step.
 *
 * <p>Why: OpenBLAS splits a gemm of a recurrent step ({@code [32,128] x [128,512]}) over its
 * threads and synchronises them on every call; measured on 2 cores that costs more process CPU
 * than it saves in wall time, and a second caller thread queues behind the first on OpenBLAS's
 * thread pool. Two Java threads each running single-threaded gemms use both cores without either.
 *
 * <p>OpenBLAS's thread count is process-global, so this class is too: regions nest and overlap
 * (a counter), the first to enter records the count and sets 1, the last to leave restores it.
 * A gemm elsewhere in the process during a region runs single-threaded, which is correct, only
 * slower. Use with try-with-resources.
 */
public final class BlasThreads implements AutoCloseable {
    private static final Object LOCK = new Object();
    private static int depth;
    private static int saved;

    private BlasThreads() {
    }

    /** Enters a single-threaded region; close the returned object to leave it. */
    public static BlasThreads singleThreaded() {
        synchronized (LOCK) {
            if (depth++ == 0) {
                saved = openblas_nolapack.blas_get_num_threads();
                if (saved != 1) {
                    openblas_nolapack.blas_set_num_threads(1);
                }
            }
        }
        return new BlasThreads();
    }

    @Override
    public void close() {
        synchronized (LOCK) {
            if (--depth == 0 && saved != 1) {
                openblas_nolapack.blas_set_num_threads(saved);
            }
        }
    }
}
