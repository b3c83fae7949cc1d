package org.seq4j.corenlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class PtbTokenizerConcurrencyTest {

  private static final int THREADS = 4;
  private static final int ROUNDS = 50;
  private static final long TIMEOUT_SECONDS = 30;

  private static final List<String> SENTENCES =
      List.of(
          "I don't think the U.S. economy grew 1,000.50% in 2023.",
          "She said, \"It's fine\" (really)!",
          "Mr. Smith's cat can't go -- or can it?",
          "Prices rose to $5.25 on Jan. 3rd, e-mail us at info@example.com.",
          "",
          "We'll see what they've done... won't we?");

  @Test
  void oneInstanceGivesTheSameTokensFromManyThreadsAsSequentially() throws Exception {
    PtbTokenizer tokenizer = new PtbTokenizer();
    List<List<String>> expected = new ArrayList<>();
    for (String sentence : SENTENCES) {
      expected.add(tokenizer.tokenize(sentence));
    }

    CountDownLatch start = new CountDownLatch(1);
    Callable<List<List<String>>> worker =
        () -> {
          start.await();
          List<List<String>> seen = new ArrayList<>();
          for (int round = 0; round < ROUNDS; round++) {
            for (String sentence : SENTENCES) {
              seen.add(tokenizer.tokenize(sentence));
            }
          }
          return seen;
        };

    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<List<List<String>>>> futures = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        futures.add(pool.submit(worker));
      }
      start.countDown();
      for (Future<List<List<String>>> future : futures) {
        List<List<String>> seen = future.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        for (int i = 0; i < seen.size(); i++) {
          assertEquals(expected.get(i % SENTENCES.size()), seen.get(i));
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
