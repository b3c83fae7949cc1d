package org.seq4j.cli;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.seq4j.tagger.Tagger;

/**
 * Tags a stream chunk by chunk: reads up to {@code chunkSentences} sentences, tags them with one
 * {@link Tagger#tagAll} call (which sorts them by length and batches them), writes them in input
 * order, and repeats. Memory stays bounded for any input size, and bigger chunks give the tagger
 * more sentences of similar length to batch together.
 *
 * <p>Timing: only the {@code tagAll} calls are timed. A cold run includes JIT compilation and native
 * start-up; {@link #steadyState} measures what a warmed-up process gets by tagging a sample again
 * (after the output is written, so the run itself is not changed by measuring it).
 */
final class StreamTagging {

  /** Passes over the sample for {@link #steadyState}; the fastest one counts. */
  static final int STEADY_STATE_PASSES = 3;

  /**
   * What a run tagged and how long the tagger took.
   *
   * @param sentences sentences read (empty ones included)
   * @param tokens tokens tagged
   * @param chunks {@code tagAll} calls
   * @param taggingNanos time inside {@code tagAll}
   * @param sample the first chunk's words (kept only when asked for), to measure the steady state
   */
  record Stats(long sentences, long tokens, int chunks, long taggingNanos, List<List<String>> sample) {}

  /** Tokens of the sample and the fastest of {@value #STEADY_STATE_PASSES} passes over it. */
  record SteadyState(long tokens, long bestNanos) {}

  private StreamTagging() {}

  static <S> Stats run(TaggableStream<S> in, Tagger tagger, int chunkSentences, boolean keepSample, Appendable out)
      throws IOException {
    long sentences = 0;
    long tokens = 0;
    int chunks = 0;
    long taggingNanos = 0;
    List<List<String>> sample = List.of();
    List<S> chunk = new ArrayList<>(chunkSentences);
    List<List<String>> words = new ArrayList<>(chunkSentences);
    while (true) {
      chunk.clear();
      words.clear();
      long chunkTokens = 0;
      for (S sentence = chunk.size() < chunkSentences ? in.read() : null; sentence != null;
          sentence = chunk.size() < chunkSentences ? in.read() : null) {
        List<String> sentenceWords = in.words(sentence);
        chunk.add(sentence);
        words.add(sentenceWords);
        chunkTokens += sentenceWords.size();
      }
      if (chunk.isEmpty()) {
        break;
      }
      long start = System.nanoTime();
      List<List<String>> tags = tagger.tagAll(words);
      taggingNanos += System.nanoTime() - start;
      for (int i = 0; i < chunk.size(); i++) {
        in.write(chunk.get(i), tags.get(i), out);
      }
      if (keepSample && chunks == 0) {
        sample = List.copyOf(words);
      }
      chunks++;
      sentences += chunk.size();
      tokens += chunkTokens;
    }
    return new Stats(sentences, tokens, chunks, taggingNanos, sample);
  }

  /** Tags {@code sample} {@value #STEADY_STATE_PASSES} times and keeps the fastest pass. */
  static SteadyState steadyState(Tagger tagger, List<List<String>> sample) {
    long tokens = sample.stream().mapToLong(List::size).sum();
    long best = Long.MAX_VALUE;
    for (int pass = 0; pass < STEADY_STATE_PASSES; pass++) {
      long start = System.nanoTime();
      tagger.tagAll(sample);
      best = Math.min(best, System.nanoTime() - start);
    }
    return new SteadyState(tokens, best);
  }
}
