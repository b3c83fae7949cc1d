package org.seq4j.seq2seq.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.nd4j.linalg.api.buffer.DataType;
import org.seq4j.corpus.vocab.Vocabulary;
import org.seq4j.nn.bench.BenchOptions;
import org.seq4j.nn.bench.PhaseResult;
import org.seq4j.nn.bench.StepTimer;
import org.seq4j.nn.bench.ThroughputBenchmark;
import org.seq4j.nn.rnn.CellType;
import org.seq4j.seq2seq.decode.BeamSearch;
import org.seq4j.seq2seq.decode.DecodeStrategy;
import org.seq4j.seq2seq.decode.GreedySearch;
import org.seq4j.seq2seq.decode.LengthLimit;
import org.seq4j.seq2seq.decode.LengthPenalty;
import org.seq4j.seq2seq.decode.ScoredSequence;
import org.seq4j.seq2seq.model.AttentionType;
import org.seq4j.seq2seq.model.BatchedDecoding;
import org.seq4j.seq2seq.model.Seq2SeqConfig;
import org.seq4j.seq2seq.model.Seq2SeqNetwork;

/**
 * Decoding speed of the product itself, next to {@code nn.bench}'s copy of the PyTorch peer's model:
 * a {@link Seq2SeqNetwork} configured as close to the peer as the product allows, decoded through
 * {@link BatchedDecoding} (what {@code NeuralTranslator} runs after tokenization) with the search
 * strategies translation uses. Phases, timed like the peer's greedy loop (one untimed run, then the
 * median of {@code max(3, steps/2)}; each run encodes the batch once, then searches):
 * <ul>
 *   <li>{@code decode_greedy_product}: {@link GreedySearch#unscored}, what {@code translate} runs for
 *       beam size 1.</li>
 *   <li>{@code decode_beam5}: {@link BeamSearch} with 5 beams per sentence ({@code batch * 5} decoder rows;
 *       full log-softmax, top-2K ranking, state gathering each step), length penalty 0.</li>
 * </ul>
 *
 * <p>The model: the context-vector architecture (Cho et al. 2014) with no attention: source embedding
 * {@code emb}, {@code layers} bidirectional LSTM layers of {@code hidden} units per direction, one
 * decoder LSTM layer of {@code 2*hidden} units whose input at every step is {@code [E y; c]}, and a
 * linear output layer over {@code vocab}; random weights from {@code seed}. Differences from the peer
 * that the product's architecture fixes: the decoder starts from the bridged encoder state instead of
 * zeros, and {@code c} is {@code tanh(W [fwd; bwd])} of the encoder's final states instead of the last
 * encoder output (two {@code [batch, 2H] x [2H, 2H]} products per batch, negligible).
 *
 * <p>Same work as the peer: all {@code batch} sources are {@code len} tokens long (no padding), and
 * every hypothesis is exactly {@code len} tokens, as in the peer's greedy loop, which never stops early:
 * the output bias of EOS is set to {@value #EOS_LOGIT_BIAS} (the random weights' logits are O(1), so
 * EOS is never chosen and never ranked among a beam's candidates) and the length limit is
 * {@code len}. Tokens per second count the tokens of the best hypotheses actually produced.
 */
public final class ProductDecodingBenchmark implements ThroughputBenchmark {
  public static final String GREEDY_PHASE = "decode_greedy_product";
  public static final int BEAM_SIZE = 5;
  public static final String BEAM_PHASE = "decode_beam" + BEAM_SIZE;
  /** Added to the EOS logit so that no hypothesis ends before the length limit. */
  static final double EOS_LOGIT_BIAS = -1e4;
  private static final String OUTPUT_BIAS = "output.b";
  private static final int DECODER_LAYERS = 1;
  private static final double NO_DROPOUT = 0.0;
  private static final double NO_LENGTH_PENALTY = 0.0;

  private final BenchOptions options;
  private final Seq2SeqNetwork network;
  private final List<int[]> sources;
  private final LengthLimit exactlyLen;

  public ProductDecodingBenchmark(BenchOptions options) {
    this.options = options;
    SplittableRandom seeds = new SplittableRandom(options.seed());
    Seq2SeqConfig config = new Seq2SeqConfig(options.vocab(), options.vocab(), CellType.LSTM, options.emb(),
        2 * options.hidden(), options.layers(), DECODER_LAYERS, NO_DROPOUT, AttentionType.NONE, false, false,
        options.len(), seeds.nextLong());
    this.network = new Seq2SeqNetwork(config, DataType.FLOAT);
    network.parameters().get(OUTPUT_BIAS).value().putScalar(Vocabulary.EOS_ID, EOS_LOGIT_BIAS);
    SplittableRandom ids = new SplittableRandom(seeds.nextLong());
    List<int[]> rows = new ArrayList<>(options.batch());
    for (int b = 0; b < options.batch(); b++) {
      rows.add(ids.ints(options.len(), BenchOptions.FIRST_WORD_ID, options.vocab()).toArray());
    }
    this.sources = List.copyOf(rows);
    this.exactlyLen = new LengthLimit(0.0, options.len());
  }

  @Override
  public String workload() {
    return "seq2seq";
  }

  @Override
  public long parameterCount() {
    return network.parameters().count();
  }

  @Override
  public List<PhaseResult> run() {
    GreedySearch greedy = GreedySearch.unscored(Vocabulary.BOS_ID, Vocabulary.EOS_ID, exactlyLen);
    BeamSearch beam = new BeamSearch(Vocabulary.BOS_ID, Vocabulary.EOS_ID, BEAM_SIZE,
        new LengthPenalty(NO_LENGTH_PENALTY), exactlyLen);
    return List.of(phase(GREEDY_PHASE, greedy), phase(BEAM_PHASE, beam));
  }

  /** One decoding run of the whole batch: the best hypothesis per sentence. */
  List<List<ScoredSequence>> decode(DecodeStrategy strategy) {
    return BatchedDecoding.decode(network, sources, strategy, options.batch());
  }

  private PhaseResult phase(String name, DecodeStrategy strategy) {
    long[] tokens = new long[1];
    double seconds = StepTimer.medianSeconds(() -> tokens[0] = outputTokens(decode(strategy)),
        BenchOptions.DECODE_WARMUP, options.decodeRepetitions());
    return PhaseResult.inference(name, seconds, tokens[0], options.batch(), true);
  }

  private static long outputTokens(List<List<ScoredSequence>> decoded) {
    long tokens = 0;
    for (List<ScoredSequence> hypotheses : decoded) {
      tokens += hypotheses.get(0).tokens().length;
    }
    return tokens;
  }
}
