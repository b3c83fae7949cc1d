package org.seq4j.tagger;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import org.seq4j.nn.linalg.BlasThreads;

/**
 * Runs independent batch jobs on up to {@code threads} threads: the calling thread plus helpers
 * from the common fork-join pool, each taking the next job from a shared counter. Callers pass jobs
 * biggest first, so the last jobs to start are the small ones and the threads finish together.
 *
 * <p>Design: no pool of its own (nothing to shut down, no threads left behind by a tagger that is
 * dropped); the calling thread always works, so progress never depends on the common pool having
 * a free worker. With more than one thread, OpenBLAS is single-threaded for the duration ({@link
 * BlasThreads}): each thread's gemms are small, and several callers of a multi-threaded OpenBLAS
 * queue behind each other. The first exception of any job is rethrown to the caller after all
 * threads stop.
 */
final class ParallelBatches {

  private ParallelBatches() {}

  static void run(int jobs, int threads, IntConsumer job) {
    if (Math.min(threads, jobs) <= 1) {
      for (int j = 0; j < jobs; j++) {
        job.accept(j);
      }
      return;
    }
    try (BlasThreads single = BlasThreads.singleThreaded()) {
      runInParallel(jobs, threads, job);
    }
  }

  private static void runInParallel(int jobs, int threads, IntConsumer job) {
    AtomicInteger next = new AtomicInteger();
    Runnable worker = () -> {
      for (int j = next.getAndIncrement(); j < jobs; j = next.getAndIncrement()) {
        job.accept(j);
      }
    };
    int helpers = Math.min(threads, jobs) - 1;
    List<CompletableFuture<Void>> running = new ArrayList<>(Math.max(0, helpers));
    for (int h = 0; h < helpers; h++) {
      running.add(CompletableFuture.runAsync(worker, ForkJoinPool.commonPool()));
    }
    RuntimeException failure = null;
    try {
      worker.run();
    } catch (RuntimeException e) {
      next.set(jobs);
      failure = e;
    }
    for (CompletableFuture<Void> helper : running) {
      try {
        helper.join();
      } catch (CompletionException e) {
        if (failure == null) {
          failure = e.getCause() instanceof RuntimeException r ? r : e;
        }
      }
    }
    if (failure != null) {
      throw failure;
    }
  }
}
