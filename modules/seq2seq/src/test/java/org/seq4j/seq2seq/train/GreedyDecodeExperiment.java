package org.seq4j.seq2seq.train;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.nd4j.linalg.api.buffer.DataType;
import org.seq4j.corpus.vocab.Vocabulary;
import org.seq4j.nn.backend.NativeBackend;
import org.seq4j.nn.rnn.CellType;
import org.seq4j.seq2seq.decode.GreedySearch;
import org.seq4j.seq2seq.decode.LengthLimit;
import org.seq4j.seq2seq.decode.ScoredSequence;
import org.seq4j.seq2seq.decode.StepDecoder;
import org.seq4j.seq2seq.model.AttentionType;
import org.seq4j.seq2seq.model.DecoderState;
import org.seq4j.seq2seq.model.NetworkStepDecoder;
import org.seq4j.seq2seq.model.Seq2SeqConfig;
import org.seq4j.seq2seq.model.Seq2SeqNetwork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A measurement, not a test: greedy decoding through seq2seq's own path (encode, {@link GreedySearch}
 * over {@link NetworkStepDecoder}) with the shapes of {@code seq4j bench seq2seq} (vocab 8000, emb 256,
 * 2 x 256 BiLSTM encoder, 512-wide decoder, batch 64, 20 source and 20 output tokens; EOS is made
 * impossible so every sentence runs all 20 steps, as the peer's loop does). Logs the median
 * sentences/s. Args: {@code [attention] [repeats]}.
 */
public final class GreedyDecodeExperiment {
  private static final Logger LOG = LoggerFactory.getLogger(GreedyDecodeExperiment.class);
  private static final int VOCAB = 8000;
  private static final int EMB = 256;
  private static final int HIDDEN = 512;
  private static final int BATCH = 64;
  private static final int LEN = 20;
  private static final double NEVER = -1e4;

  private GreedyDecodeExperiment() {}

  public static void main(String[] args) {
    NativeBackend.configureFromEnvironment();
    AttentionType attention = AttentionType.fromShortName(args.length > 0 ? args[0] : "none");
    int repeats = args.length > 1 ? Integer.parseInt(args[1]) : 10;
    Seq2SeqConfig config = new Seq2SeqConfig(VOCAB, VOCAB, CellType.LSTM, EMB, HIDDEN, 2, 1, 0.0, attention, false,
        false, 100, 1L);
    Seq2SeqNetwork network = new Seq2SeqNetwork(config, DataType.FLOAT);
    network.parameters().get("output.b").value().putScalar(Vocabulary.EOS_ID, NEVER);
    SplittableRandom random = new SplittableRandom(1);
    int[] ids = new int[BATCH * LEN];
    float[] mask = new float[BATCH * LEN];
    Arrays.fill(mask, 1f);
    for (int i = 0; i < ids.length; i++) {
      ids[i] = 4 + random.nextInt(VOCAB - 4);
    }
    int[] lengths = new int[BATCH];
    Arrays.fill(lengths, LEN);
    GreedySearch scored = new GreedySearch(Vocabulary.BOS_ID, Vocabulary.EOS_ID, new LengthLimit(0.0, LEN));
    GreedySearch unscored = GreedySearch.unscored(Vocabulary.BOS_ID, Vocabulary.EOS_ID, new LengthLimit(0.0, LEN));
    String[] modes = {"log-softmax step, scored", "greedy step, scored", "greedy step, unscored"};
    NetworkStepDecoder fast = new NetworkStepDecoder(network);
    StepDecoder<DecoderState> viaLogSoftmax = new StepDecoder<>() {
      @Override
      public Step<DecoderState> step(DecoderState state, int[] previousTokens) {
        return fast.step(state, previousTokens);
      }

      @Override
      public DecoderState expand(DecoderState state, int beamSize) {
        return fast.expand(state, beamSize);
      }

      @Override
      public DecoderState reorder(DecoderState state, int[] rows) {
        return fast.reorder(state, rows);
      }
    };
    double[][] seconds = new double[modes.length][repeats];
    List<List<ScoredSequence>> last = null;
    for (int r = -1; r < repeats; r++) {
      for (int mode = 0; mode < modes.length; mode++) {
        StepDecoder<DecoderState> decoder = mode == 0 ? viaLogSoftmax : fast;
        long start = System.nanoTime();
        DecoderState initial = network.initialState(network.encode(ids, mask, BATCH, LEN));
        List<List<ScoredSequence>> out = (mode == 2 ? unscored : scored).search(decoder, initial, lengths);
        if (r >= 0) {
          seconds[mode][r] = (System.nanoTime() - start) / 1e9;
        }
        if (out.get(0).get(0).tokens().length != LEN) {
          throw new IllegalStateException("expected " + LEN + " tokens, got " + out.get(0).get(0));
        }
        if (last != null && !tokens(last).equals(tokens(out))) {
          throw new IllegalStateException("the two greedy paths chose different tokens");
        }
        last = out;
      }
    }
    for (int mode = 0; mode < modes.length; mode++) {
      Arrays.sort(seconds[mode]);
      double median = seconds[mode][repeats / 2];
      LOG.info("greedy decode ({}, {}): median {} s per batch of {} -> {} sentences/s", attention, modes[mode], median,
          BATCH, BATCH / median);
    }
  }

  private static List<String> tokens(List<List<ScoredSequence>> decoded) {
    return decoded.stream().map(h -> Arrays.toString(h.get(0).tokens())).toList();
  }
}
