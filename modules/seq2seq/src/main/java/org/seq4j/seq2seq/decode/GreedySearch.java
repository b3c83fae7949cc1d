package org.seq4j.seq2seq.decode;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Greedy search, batched: every unfinished sentence takes its most probable token each step; all
 * sentences advance together in one decoder call, and finished ones keep being fed EOS but their
 * outputs are ignored (the batch never shrinks, so the decoder state is never reindexed). The score
 * is the sum of the chosen tokens' log-probabilities.
 */
public final class GreedySearch implements DecodeStrategy {
  private final int bosId;
  private final int eosId;
  private final LengthLimit limit;

  public GreedySearch(int bosId, int eosId, LengthLimit limit) {
    this.bosId = bosId;
    this.eosId = eosId;
    this.limit = limit;
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
      StepDecoder.Step<S> out = decoder.step(state, tokens);
      INDArray logProbabilities = out.logProbabilities();
      int[] best = logProbabilities.argMax(1).toIntVector();
      double[] bestScores = logProbabilities.max(1).toDoubleVector();
      for (int r = 0; r < rows; r++) {
        if (finished[r]) {
          tokens[r] = eosId;
          continue;
        }
        scores[r] += bestScores[r];
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
      result.add(List.of(new ScoredSequence(ids, scores[r])));
    }
    return List.copyOf(result);
  }
}
