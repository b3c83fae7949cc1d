package org.seq4j.seq2seq.decode;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.seq4j.nn.linalg.NativeMemory;
import org.seq4j.nn.linalg.OffHeapFloats;

/**
 * Beam search, batched over sentences x beams: the decoder runs on {@code sentences * beamSize} rows
 * at once, and after each step the recurrent state is gathered along the beam back-pointers
 * ({@link StepDecoder#reorder}) instead of re-running any prefix.
 *
 * <p>Per sentence and step, the {@code 2K} best extensions of the {@code K} live beams are ranked by
 * cumulative log-probability; an EOS extension ranked within the first K becomes a finished
 * hypothesis, scored with the GNMT {@link LengthPenalty} (length counts EOS); the best non-EOS
 * extensions become the next K beams (2K candidates always leave K of them). A hypothesis reaching
 * the {@link LengthLimit} is finished as it is. A sentence is done when it has at least K finished
 * hypotheses and none of its live beams can still beat the K-th: log-probabilities only fall, so a
 * beam's best possible score is its current log-probability over the largest length divisor. With
 * {@code K = 1} and {@code alpha = 0} this is exactly greedy search.
 */
public final class BeamSearch implements DecodeStrategy {
  private final int bosId;
  private final int eosId;
  private final int beamSize;
  private final LengthPenalty penalty;
  private final LengthLimit limit;

  public BeamSearch(int bosId, int eosId, int beamSize, LengthPenalty penalty, LengthLimit limit) {
    if (beamSize < 1) {
      throw new IllegalArgumentException("beam size must be >= 1, got " + beamSize);
    }
    this.bosId = bosId;
    this.eosId = eosId;
    this.beamSize = beamSize;
    this.penalty = penalty;
    this.limit = limit;
  }

  public int beamSize() {
    return beamSize;
  }

  @Override
  public <S> List<List<ScoredSequence>> search(StepDecoder<S> decoder, S initial, int[] sourceLengths) {
    int sentences = sourceLengths.length;
    int k = beamSize;
    int rows = sentences * k;
    SentenceBeams[] beams = new SentenceBeams[sentences];
    int longest = 0;
    for (int i = 0; i < sentences; i++) {
      beams[i] = new SentenceBeams(k, limit.maxLength(sourceLengths[i]));
      longest = Math.max(longest, beams[i].maxLength);
    }
    int[] tokens = new int[rows];
    Arrays.fill(tokens, bosId);
    S state = decoder.expand(initial, k);
    for (int step = 1; step <= longest; step++) {
      StepDecoder.Step<S> out = decoder.step(state, tokens);
      int vocabulary = (int) out.logProbabilities().size(1);
      float[] logProbabilities = hostCopy(out.logProbabilities());
      NativeMemory.release(out.logProbabilities());
      int[] backPointers = new int[rows];
      boolean anyAlive = false;
      for (int i = 0; i < sentences; i++) {
        if (!beams[i].done) {
          beams[i].advance(logProbabilities, vocabulary, i * k, step);
        }
        for (int b = 0; b < k; b++) {
          backPointers[i * k + b] = i * k + (beams[i].done ? b : beams[i].parent[b]);
          tokens[i * k + b] = beams[i].done ? eosId : beams[i].lastToken(b);
        }
        anyAlive |= !beams[i].done;
      }
      if (!anyAlive) {
        break;
      }
      state = decoder.reorder(out.next(), backPointers);
    }
    List<List<ScoredSequence>> result = new ArrayList<>(sentences);
    for (SentenceBeams b : beams) {
      result.add(b.best());
    }
    return List.copyOf(result);
  }

  /**
   * The step's {@code [rows, vocabulary]} log-probabilities as one row-major Java array: one bulk
   * copy for FLOAT ({@code toFloatMatrix} reads element by element, measured ~19% of a beam-5 decode's
   * Java time at the benchmark shapes), a cast first otherwise.
   */
  private static float[] hostCopy(INDArray logProbabilities) {
    INDArray floats = logProbabilities.dataType() == DataType.FLOAT ? logProbabilities
        : logProbabilities.castTo(DataType.FLOAT);
    return OffHeapFloats.toHeap(floats);
  }

  /**
   * A float below every {@code x} with {@code base + x > threshold}: a cheap pre-test for the scan
   * (one float compare per vocabulary entry), one float ulp on the safe side of the double test that
   * follows it, so the ranking is exactly that of the double scores.
   */
  private static float lowerBound(double threshold) {
    return threshold == Double.NEGATIVE_INFINITY ? Float.NEGATIVE_INFINITY : Math.nextDown((float) threshold);
  }

  /** Bookkeeping of one sentence's beams. */
  private final class SentenceBeams {
    final int maxLength;
    final int k;
    double[] scores;
    int[][] histories;
    int[] parent;
    final List<ScoredSequence> finished = new ArrayList<>();
    boolean done;

    SentenceBeams(int k, int maxLength) {
      this.k = k;
      this.maxLength = maxLength;
      scores = new double[k];
      Arrays.fill(scores, Double.NEGATIVE_INFINITY);
      scores[0] = 0;
      histories = new int[k][0];
      parent = new int[k];
    }

    int lastToken(int beam) {
      int[] h = histories[beam];
      return h.length == 0 ? eosId : h[h.length - 1];
    }

    /** @param logProbabilities row-major {@code [rows, vocabulary]}; this sentence's beams from {@code firstRow} */
    void advance(float[] logProbabilities, int vocabulary, int firstRow, int step) {
      int candidates = 2 * k;
      double[] topScore = new double[candidates];
      int[] topBeam = new int[candidates];
      int[] topToken = new int[candidates];
      Arrays.fill(topScore, Double.NEGATIVE_INFINITY);
      Arrays.fill(topBeam, -1);
      for (int b = 0; b < k; b++) {
        double base = scores[b];
        if (base == Double.NEGATIVE_INFINITY) {
          continue;
        }
        int offset = (firstRow + b) * vocabulary;
        float bound = lowerBound(topScore[candidates - 1] - base);
        for (int v = 0; v < vocabulary; v++) {
          float x = logProbabilities[offset + v];
          if (x <= bound) {
            continue;
          }
          double s = base + x;
          if (s > topScore[candidates - 1]) {
            int at = candidates - 1;
            while (at > 0 && s > topScore[at - 1]) {
              topScore[at] = topScore[at - 1];
              topBeam[at] = topBeam[at - 1];
              topToken[at] = topToken[at - 1];
              at--;
            }
            topScore[at] = s;
            topBeam[at] = b;
            topToken[at] = v;
            bound = lowerBound(topScore[candidates - 1] - base);
          }
        }
      }
      double[] nextScores = new double[k];
      Arrays.fill(nextScores, Double.NEGATIVE_INFINITY);
      int[][] nextHistories = new int[k][0];
      int[] nextParent = new int[k];
      int alive = 0;
      for (int c = 0; c < candidates && alive < k && topBeam[c] >= 0; c++) {
        int[] history = histories[topBeam[c]];
        if (topToken[c] == eosId) {
          if (c < k) {
            finished.add(new ScoredSequence(history, penalty.apply(topScore[c], step)));
          }
          continue;
        }
        int[] extended = Arrays.copyOf(history, history.length + 1);
        extended[history.length] = topToken[c];
        if (step >= maxLength) {
          finished.add(new ScoredSequence(extended, penalty.apply(topScore[c], step)));
          continue;
        }
        nextScores[alive] = topScore[c];
        nextHistories[alive] = extended;
        nextParent[alive] = topBeam[c];
        alive++;
      }
      scores = nextScores;
      histories = nextHistories;
      parent = nextParent;
      done = alive == 0 || step >= maxLength || cannotImprove(alive);
    }

    private boolean cannotImprove(int alive) {
      if (finished.size() < k) {
        return false;
      }
      finished.sort(BY_SCORE);
      double kth = finished.get(k - 1).score();
      double bestAlive = Double.NEGATIVE_INFINITY;
      for (int b = 0; b < alive; b++) {
        bestAlive = Math.max(bestAlive, scores[b]);
      }
      return kth >= bestAlive / penalty.divisor(maxLength);
    }

    List<ScoredSequence> best() {
      finished.sort(BY_SCORE);
      return List.copyOf(finished.subList(0, Math.min(k, finished.size())));
    }
  }

  private static final Comparator<ScoredSequence> BY_SCORE =
      Comparator.comparingDouble(ScoredSequence::score).reversed();
}
