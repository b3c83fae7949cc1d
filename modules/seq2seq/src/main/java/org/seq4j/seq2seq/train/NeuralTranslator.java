package org.seq4j.seq2seq.train;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nd4j.linalg.api.buffer.DataType;
import org.seq4j.corpus.BadInputException;
import org.seq4j.corpus.vocab.Vocabulary;
import org.seq4j.nn.model.ModelReader;
import org.seq4j.nn.model.ModelWriter;
import org.seq4j.nn.model.SavedModel;
import org.seq4j.seq2seq.Translator;
import org.seq4j.seq2seq.decode.BeamSearch;
import org.seq4j.seq2seq.decode.DecodeStrategy;
import org.seq4j.seq2seq.decode.GreedySearch;
import org.seq4j.seq2seq.decode.LengthPenalty;
import org.seq4j.seq2seq.decode.ScoredSequence;
import org.seq4j.seq2seq.model.DecoderState;
import org.seq4j.seq2seq.model.NetworkStepDecoder;
import org.seq4j.seq2seq.model.Seq2SeqConfig;
import org.seq4j.seq2seq.model.Seq2SeqNetwork;

/**
 * A {@link Translator} over a {@link Seq2SeqNetwork} and its vocabularies. Sentences are decoded in
 * batches of similar length ({@link DecodingOptions#batchSize()}), with greedy search for beam size 1
 * and {@link BeamSearch} otherwise; outputs are target tokens joined by single spaces.
 *
 * <p>Thread-safe: decoding reads the parameters and keeps all per-call state local. Results are
 * immutable and inputs are never modified. Model files are of kind {@value #MODEL_KIND}: config.json
 * holds {@code {"network": ..., "decoding": ...}}, with vocabularies {@code source} and {@code target}.
 */
public final class NeuralTranslator implements Translator {
  public static final String MODEL_KIND = "seq2seq";
  static final String SOURCE_VOCABULARY = "source";
  static final String TARGET_VOCABULARY = "target";
  private static final String NETWORK_KEY = "network";
  private static final String DECODING_KEY = "decoding";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Seq2SeqNetwork network;
  private final Vocabulary sourceVocabulary;
  private final Vocabulary targetVocabulary;
  private final DecodingOptions decoding;
  private final SourceEncoder sourceEncoder;

  public NeuralTranslator(Seq2SeqNetwork network, Vocabulary sourceVocabulary, Vocabulary targetVocabulary,
      DecodingOptions decoding) {
    this.network = network;
    this.sourceVocabulary = sourceVocabulary;
    this.targetVocabulary = targetVocabulary;
    this.decoding = decoding;
    Seq2SeqConfig config = network.config();
    this.sourceEncoder = new SourceEncoder(sourceVocabulary, config.maxSourceLength(), config.reverseSource());
  }

  public Seq2SeqNetwork network() {
    return network;
  }

  public DecodingOptions decoding() {
    return decoding;
  }

  /** The same model with other decoding options (shares the network). */
  public NeuralTranslator withDecoding(DecodingOptions options) {
    return new NeuralTranslator(network, sourceVocabulary, targetVocabulary, options);
  }

  @Override
  public String translate(String sentence) {
    return translateAll(List.of(sentence)).get(0);
  }

  @Override
  public List<String> translateAll(List<String> sentences) {
    List<List<ScoredSequence>> decoded = decode(sentences, strategy(decoding.beamSize()));
    List<String> out = new ArrayList<>(decoded.size());
    for (List<ScoredSequence> hypotheses : decoded) {
      out.add(hypotheses.isEmpty() ? "" : text(hypotheses.get(0)));
    }
    return List.copyOf(out);
  }

  @Override
  public List<Hypothesis> translateNBest(String sentence, int n) {
    if (n < 1 || n > decoding.beamSize()) {
      throw new IllegalArgumentException("n must be in [1, beam size " + decoding.beamSize() + "], got " + n);
    }
    List<ScoredSequence> hypotheses = decode(List.of(sentence), beam(decoding.beamSize())).get(0);
    List<Hypothesis> out = new ArrayList<>();
    for (ScoredSequence s : hypotheses.subList(0, Math.min(n, hypotheses.size()))) {
      out.add(new Hypothesis(text(s), s.score()));
    }
    return List.copyOf(out);
  }

  /** Hypotheses per sentence, in input order, decoded with {@code strategy}. */
  public List<List<ScoredSequence>> decode(List<String> sentences, DecodeStrategy strategy) {
    List<int[]> sources = new ArrayList<>(sentences.size());
    for (String s : sentences) {
      sources.add(sourceEncoder.encode(s));
    }
    Integer[] order = new Integer[sources.size()];
    Arrays.setAll(order, i -> i);
    Arrays.sort(order, Comparator.comparingInt(i -> sources.get(i).length));
    List<List<ScoredSequence>> results = new ArrayList<>(sources.size());
    sources.forEach(s -> results.add(List.of(new ScoredSequence(new int[0], 0.0))));
    NetworkStepDecoder decoder = new NetworkStepDecoder(network);
    for (int start = 0; start < order.length; start += decoding.batchSize()) {
      int end = Math.min(order.length, start + decoding.batchSize());
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

  private DecodeStrategy strategy(int beamSize) {
    return beamSize == 1 ? new GreedySearch(Vocabulary.BOS_ID, Vocabulary.EOS_ID, decoding.lengthLimit())
        : beam(beamSize);
  }

  private BeamSearch beam(int beamSize) {
    return new BeamSearch(Vocabulary.BOS_ID, Vocabulary.EOS_ID, beamSize,
        new LengthPenalty(decoding.lengthPenaltyAlpha()), decoding.lengthLimit());
  }

  private String text(ScoredSequence sequence) {
    return String.join(" ", targetVocabulary.decodeOutput(sequence.tokens()));
  }

  /** Writes the model file atomically. */
  public void save(Path file) throws IOException {
    Map<String, Object> config = new LinkedHashMap<>();
    config.put(NETWORK_KEY, network.config().toMap());
    config.put(DECODING_KEY, decoding.toMap());
    ModelWriter.of(MODEL_KIND).config(config).vocabulary(SOURCE_VOCABULARY, sourceVocabulary)
        .vocabulary(TARGET_VOCABULARY, targetVocabulary).parameters(network.parameters()).write(file);
  }

  /** Reads a model file written by {@link #save}; fails with a {@link BadInputException} naming the file. */
  @SuppressWarnings("unchecked")
  public static NeuralTranslator load(Path file) {
    SavedModel saved = ModelReader.read(file);
    if (!MODEL_KIND.equals(saved.kind())) {
      throw new BadInputException(file.toString(), BadInputException.NO_LINE,
          "model kind is '" + saved.kind() + "', expected '" + MODEL_KIND + "'");
    }
    Map<String, Object> config = JSON.convertValue(saved.config(), Map.class);
    Seq2SeqConfig networkConfig = Seq2SeqConfig.fromMap((Map<String, ?>) config.get(NETWORK_KEY));
    DecodingOptions decoding = DecodingOptions.fromMap((Map<String, ?>) config.get(DECODING_KEY));
    Seq2SeqNetwork network = new Seq2SeqNetwork(networkConfig, DataType.FLOAT);
    saved.loadInto(network.parameters());
    return new NeuralTranslator(network, saved.vocabulary(SOURCE_VOCABULARY), saved.vocabulary(TARGET_VOCABULARY),
        decoding);
  }
}
