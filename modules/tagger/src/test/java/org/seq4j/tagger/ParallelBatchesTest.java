package org.seq4j.tagger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.Test;

/** Every job runs exactly once whatever the thread count, and failures reach the caller. */
class ParallelBatchesTest {

  @Test
  void everyJobRunsOnce() {
    for (int threads : new int[] {1, 2, 5, 64}) {
      for (int jobs : new int[] {0, 1, 3, 100}) {
        AtomicIntegerArray runs = new AtomicIntegerArray(jobs);
        ParallelBatches.run(jobs, threads, runs::incrementAndGet);
        for (int j = 0; j < jobs; j++) {
          assertEquals(1, runs.get(j), "job " + j + " of " + jobs + " on " + threads + " threads");
        }
      }
    }
  }

  @Test
  void aFailingJobIsRethrown() {
    IllegalStateException boom = new IllegalStateException("boom");
    for (int threads : new int[] {1, 3}) {
      IllegalStateException thrown = assertThrows(IllegalStateException.class,
          () -> ParallelBatches.run(10, threads, j -> {
            if (j == 7) {
              throw boom;
            }
          }));
      assertSame(boom, thrown);
    }
  }
}
