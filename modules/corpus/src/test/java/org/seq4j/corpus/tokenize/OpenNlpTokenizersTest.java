package org.seq4j.corpus.tokenize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class OpenNlpTokenizersTest {

  private static final int THREADS = 4;
  private static final int CALLS_PER_THREAD = 50;

  @Test
  void learnableTokenizerSplitsPunctuationButKeepsAbbreviations() {
    List<String> tokens = new OpenNlpTokenizer().tokenize("Mr. Smith likes rain, really.");
    assertEquals(List.of("Mr.", "Smith", "likes", "rain", ",", "really", "."), tokens);
    assertFalse(tokens.contains("rain,"), tokens.toString());
  }

  @Test
  void learnableTokenizerGivesTheSameResultsFromManyThreads() throws Exception {
    OpenNlpTokenizer tokenizer = new OpenNlpTokenizer();
    List<String> sentences =
        List.of("Mr. Smith's dog barked.", "It costs $5.50 (cheap!).", "We'll see; won't we?");
    List<List<String>> expected = new ArrayList<>();
    for (String sentence : sentences) {
      expected.add(tokenizer.tokenize(sentence));
    }
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<Boolean>> results = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        results.add(
            pool.submit(
                () -> {
                  for (int i = 0; i < CALLS_PER_THREAD; i++) {
                    int k = i % sentences.size();
                    if (!tokenizer.tokenize(sentences.get(k)).equals(expected.get(k))) {
                      return false;
                    }
                  }
                  return true;
                }));
      }
      for (Future<Boolean> result : results) {
        assertTrue(result.get());
      }
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void simpleTokenizerSplitsOnCharacterClassChanges() {
    assertEquals(
        List.of("don", "'", "t", "stop", "42", "times", "!"),
        OpenNlpSimpleTokenizer.INSTANCE.tokenize("don't stop 42times!"));
  }

  @Test
  void bothGiveNoTokensForBlankText() {
    assertEquals(List.of(), new OpenNlpTokenizer().tokenize("  "));
    assertEquals(List.of(), OpenNlpSimpleTokenizer.INSTANCE.tokenize(""));
  }
}
