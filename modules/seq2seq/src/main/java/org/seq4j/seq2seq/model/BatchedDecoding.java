package org.seq4j.seq2seq.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.seq4j.seq2seq.decode.DecodeStrategy;
import org.seq4j.seq2seq.decode.ScoredSequence;

/**
 * Decodes source id sequences with a {@link DecodeStrategy}, in batches of similar length: sources
 * are sorted by length (stable, so equal lengths keep their order), cut into batches of at most
 * {@code batchSize}, padded, encoded once per batch, and searched; results come back in input order.
 * An empty source gets one empty hypothesis with score 0 and is never run through the network.
 * What {@code NeuralTranslator} runs after tokenization, and what {@code seq4j bench seq2seq} times.
 *
 * <p>Stateless; reads the network's parameters only, so calls may run concurrently.
 */
public final class BatchedDecoding {
  private static final ScoredSequence EMPTY = new ScoredSequence(new int[0], 0.0);

  private BatchedDecoding() {}

  /**
   * @param sources encoder ids per sentence (already truncated and reversed as the model wants); not modified
   * @return per sentence, its hypotheses best first; immutable
   */
  public static List<List<ScoredSequence>> decode(Seq2SeqNetwork network, List<int[]> sources,
      DecodeStrategy strategy, int batchSize) {
    if (batchSize < 1) {
      throw new IllegalArgumentException("batch size must be >= 1, got " + batchSize);
    }
    Integer[] order = new Integer[sources.size()];
    Arrays.setAll(order, i -> i);
    Arrays.sort(order, Comparator.comparingInt(i -> sources.get(i).length));
    List<List<ScoredSequence>> results = new ArrayList<>(sources.size());
    sources.forEach(s -> results.add(List.of(EMPTY)));
    NetworkStepDecoder decoder = new NetworkStepDecoder(network);
    for (int start = 0; start < order.length; start += batchSize) {
      int end = Math.min(order.length, start + batchSize);
      List<Integer> rows = new ArrayList<>();
      for (int i = start; i < end; i++) {
        if (sources.get(order[i]).length > 0) {
          rows.add(order[i]);
        }
      }
      if (rows.isEmpty()) {
        continue;
      }
      PaddedSources padded = PaddedSources.of(rows.stream().map(sources::get).toList());
      DecoderState initial = network.initialState(network.encode(padded.ids(), padded.mask(), rows.size(),
          padded.steps()));
      List<List<ScoredSequence>> decoded = strategy.search(decoder, initial, padded.lengths());
      for (int r = 0; r < rows.size(); r++) {
        results.set(rows.get(r), decoded.get(r));
      }
    }
    return List.copyOf(results);
  }
}
