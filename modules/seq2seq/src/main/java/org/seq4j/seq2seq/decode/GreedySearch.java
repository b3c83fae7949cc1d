package org.seq4j.seq2seq.decode;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Greedy search, batched: every unfinished sentence takes its most probable token each step; all
 * sentences advance together in one decoder call, and finished ones keep being fed EOS but their
 * outputs are ignored (the batch never shrinks, so the decoder state is never reindexed). The score
 * is the sum of the chosen tokens' log-probabilities; an {@link #unscored} search skips it (score
 * NaN) and so needs only the argmax of each step's logits, which is what translation text needs.
 */
public final class GreedySearch implements DecodeStrategy {
  private final int bosId;
  private final int eosId;
  private final LengthLimit limit;
  private final boolean scored;

  public GreedySearch(int bosId, int eosId, LengthLimit limit) {
    this(bosId, eosId, limit, true);
  }

  private GreedySearch(int bosId, int eosId, LengthLimit limit, boolean scored) {
    this.bosId = bosId;
    this.eosId = eosId;
    this.limit = limit;
    this.scored = scored;
  }

  /** The same search without scores: every {@link ScoredSequence#score()} is NaN. */
  public static GreedySearch unscored(int bosId, int eosId, LengthLimit limit) {
    return new GreedySearch(bosId, eosId, limit, false);
  }

  @Override
  public <S> List<List<ScoredSequence>> search(StepDecoder<S> decoder, S initial, int[] sourceLengths) {
    int rows = sourceLengths.length;
    int[] maxLength = new int[rows];
    int longest = 0;
    for (int r = 0; r < rows; r++) {
      maxLength[r] = limit.maxLength(sourceLengths[r]);
      longest = Math.max(longest, maxLength[r]);
    }
    List<List<Integer>> outputs = new ArrayList<>();
    for (int r = 0; r < rows; r++) {
      outputs.add(new ArrayList<>());
    }
    double[] scores = new double[rows];
    boolean[] finished = new boolean[rows];
    int remaining = rows;
    int[] tokens = new int[rows];
    Arrays.fill(tokens, bosId);
    S state = initial;
    for (int step = 1; step <= longest && remaining > 0; step++) {
      StepDecoder.GreedyStep<S> out = decoder.greedyStep(state, tokens, scored);
      int[] best = out.tokens();
      double[] bestScores = scored ? out.logProbabilities() : null;
      for (int r = 0; r < rows; r++) {
        if (finished[r]) {
          tokens[r] = eosId;
          continue;
        }
        scores[r] += scored ? bestScores[r] : 0.0;
        tokens[r] = best[r];
        if (best[r] == eosId) {
          finished[r] = true;
        } else {
          outputs.get(r).add(best[r]);
          finished[r] = step >= maxLength[r];
        }
        remaining -= finished[r] ? 1 : 0;
      }
      state = out.next();
    }
    List<List<ScoredSequence>> result = new ArrayList<>(rows);
    for (int r = 0; r < rows; r++) {
      int[] ids = outputs.get(r).stream().mapToInt(Integer::intValue).toArray();
      result.add(List.of(new ScoredSequence(ids, scored ? scores[r] : Double.NaN)));
    }
    return List.copyOf(result);
  }
}
