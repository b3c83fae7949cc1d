package org.seq4j.seq2seq.train;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
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
import org.seq4j.seq2seq.decode.UnknownWordReplacement;
import org.seq4j.seq2seq.model.AttentionType;
import org.seq4j.seq2seq.model.BatchedDecoding;
import org.seq4j.seq2seq.model.Seq2SeqConfig;
import org.seq4j.seq2seq.model.Seq2SeqNetwork;

/**
 * A {@link Translator} over a {@link Seq2SeqNetwork} and its vocabularies. Sentences are decoded in
 * batches of similar length ({@link DecodingOptions#batchSize()}), with greedy search for beam size 1
 * and {@link BeamSearch} otherwise; outputs are target tokens joined by single spaces. With
 * {@link DecodingOptions#replaceUnknown()}, hypotheses containing {@code <unk>} are force-decoded once
 * more to read the attention of each step ({@link AttentionAligner}), and each {@code <unk>} becomes
 * the most-attended source token.
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
  private static final ScoredSequence EMPTY = new ScoredSequence(new int[0], 0.0);

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
    if (decoding.replaceUnknown() && config.attention() == AttentionType.NONE) {
      throw new IllegalArgumentException("unknown-word replacement needs an attention model; this one has none");
    }
    this.sourceEncoder = new SourceEncoder(sourceVocabulary, config.maxSourceLength(), config.reverseSource());
  }

  public Seq2SeqNetwork network() {
    return network;
  }

  public DecodingOptions decoding() {
    return decoding;
  }

  Vocabulary sourceVocabulary() {
    return sourceVocabulary;
  }

  Vocabulary targetVocabulary() {
    return targetVocabulary;
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
    List<ScoredSequence> best = new ArrayList<>(decoded.size());
    for (List<ScoredSequence> hypotheses : decoded) {
      best.add(hypotheses.isEmpty() ? EMPTY : hypotheses.get(0));
    }
    return texts(sentences, best);
  }

  @Override
  public List<Hypothesis> translateNBest(String sentence, int n) {
    return translateAllNBest(List.of(sentence), n).get(0);
  }

  /** Beam search over all sentences in batches ({@link BatchedDecoding}), the best {@code n} of each kept. */
  @Override
  public List<List<Hypothesis>> translateAllNBest(List<String> sentences, int n) {
    if (n < 1 || n > decoding.beamSize()) {
      throw new IllegalArgumentException("n must be in [1, beam size " + decoding.beamSize() + "], got " + n);
    }
    List<List<ScoredSequence>> decoded = decode(sentences, beam(decoding.beamSize()));
    List<String> sourceOfEach = new ArrayList<>();
    List<ScoredSequence> kept = new ArrayList<>();
    int[] counts = new int[sentences.size()];
    for (int i = 0; i < sentences.size(); i++) {
      List<ScoredSequence> hypotheses = decoded.get(i);
      counts[i] = Math.min(n, hypotheses.size());
      for (int j = 0; j < counts[i]; j++) {
        sourceOfEach.add(sentences.get(i));
        kept.add(hypotheses.get(j));
      }
    }
    List<String> texts = texts(sourceOfEach, kept);
    List<List<Hypothesis>> out = new ArrayList<>(sentences.size());
    int next = 0;
    for (int count : counts) {
      List<Hypothesis> list = new ArrayList<>(count);
      for (int j = 0; j < count; j++, next++) {
        list.add(new Hypothesis(texts.get(next), kept.get(next).score()));
      }
      out.add(List.copyOf(list));
    }
    return List.copyOf(out);
  }

  /** The text of {@code hypotheses.get(i)}, a translation of {@code sentences.get(i)}, with replacement if set. */
  private List<String> texts(List<String> sentences, List<ScoredSequence> hypotheses) {
    List<String> out = new ArrayList<>(hypotheses.size());
    List<Integer> withUnknown = new ArrayList<>();
    for (int i = 0; i < hypotheses.size(); i++) {
      int[] ids = hypotheses.get(i).tokens();
      out.add(String.join(" ", targetVocabulary.decodeOutput(ids)));
      if (decoding.replaceUnknown() && Arrays.stream(ids).anyMatch(id -> id == Vocabulary.UNK_ID)) {
        withUnknown.add(i);
      }
    }
    if (withUnknown.isEmpty()) {
      return List.copyOf(out);
    }
    List<int[]> outputs = new ArrayList<>();
    List<int[]> sources = new ArrayList<>();
    for (int i : withUnknown) {
      outputs.add(hypotheses.get(i).tokens());
      sources.add(sourceEncoder.encode(sentences.get(i)));
    }
    List<float[][]> attention = AttentionAligner.align(network, sources, outputs);
    for (int k = 0; k < withUnknown.size(); k++) {
      int i = withUnknown.get(k);
      int[] ids = outputs.get(k);
      List<String> tokens = targetVocabulary.decode(ids);
      boolean[] unknown = new boolean[ids.length];
      for (int j = 0; j < ids.length; j++) {
        unknown[j] = ids[j] == Vocabulary.UNK_ID;
      }
      List<String> replaced = UnknownWordReplacement.replace(tokens, unknown, attention.get(k),
          sourceEncoder.encodedTokens(sentences.get(i)));
      out.set(i, String.join(" ", outputTokens(ids, replaced)));
    }
    return List.copyOf(out);
  }

  /** {@code replaced} without the positions {@link Vocabulary#decodeOutput} leaves out (padding, BOS). */
  private static List<String> outputTokens(int[] ids, List<String> replaced) {
    List<String> tokens = new ArrayList<>(ids.length);
    for (int j = 0; j < ids.length && ids[j] != Vocabulary.EOS_ID; j++) {
      if (ids[j] != Vocabulary.PAD_ID && ids[j] != Vocabulary.BOS_ID) {
        tokens.add(replaced.get(j));
      }
    }
    return tokens;
  }

  /** Hypotheses per sentence, in input order, decoded with {@code strategy} ({@link BatchedDecoding}). */
  public List<List<ScoredSequence>> decode(List<String> sentences, DecodeStrategy strategy) {
    List<int[]> sources = new ArrayList<>(sentences.size());
    for (String s : sentences) {
      sources.add(sourceEncoder.encode(s));
    }
    return BatchedDecoding.decode(network, sources, strategy, decoding.batchSize());
  }

  private DecodeStrategy strategy(int beamSize) {
    return beamSize == 1 ? GreedySearch.unscored(Vocabulary.BOS_ID, Vocabulary.EOS_ID, decoding.lengthLimit())
        : beam(beamSize);
  }

  private BeamSearch beam(int beamSize) {
    return new BeamSearch(Vocabulary.BOS_ID, Vocabulary.EOS_ID, beamSize,
        new LengthPenalty(decoding.lengthPenaltyAlpha()), decoding.lengthLimit());
  }

  /** Writes the model file atomically. */
  public void save(Path file) throws IOException {
    writer(MODEL_KIND, Map.of()).write(file);
  }

  /** A writer holding this model (config, vocabularies, parameters) as {@code kind}, plus extra config keys. */
  ModelWriter writer(String kind, Map<String, Object> extraConfig) {
    Map<String, Object> config = new LinkedHashMap<>();
    config.put(NETWORK_KEY, network.config().toMap());
    config.put(DECODING_KEY, decoding.toMap());
    config.putAll(extraConfig);
    return ModelWriter.of(kind).config(config).vocabulary(SOURCE_VOCABULARY, sourceVocabulary)
        .vocabulary(TARGET_VOCABULARY, targetVocabulary).parameters(network.parameters());
  }

  /** Reads a model file written by {@link #save}; fails with a {@link BadInputException} naming the file. */
  public static NeuralTranslator load(Path file) {
    SavedModel saved = ModelReader.read(file);
    if (!MODEL_KIND.equals(saved.kind())) {
      throw new BadInputException(file.toString(), BadInputException.NO_LINE,
          "model kind is '" + saved.kind() + "', expected '" + MODEL_KIND + "'");
    }
    NeuralTranslator translator = withoutParameters(saved);
    saved.loadInto(translator.network.parameters());
    return translator;
  }

  /** The untrained translator a saved model's config and vocabularies describe (parameters from the seed). */
  @SuppressWarnings("unchecked")
  static NeuralTranslator withoutParameters(SavedModel saved) {
    Map<String, Object> config = JSON.convertValue(saved.config(), Map.class);
    Seq2SeqConfig networkConfig = Seq2SeqConfig.fromMap((Map<String, ?>) config.get(NETWORK_KEY));
    DecodingOptions decoding = DecodingOptions.fromMap((Map<String, ?>) config.get(DECODING_KEY));
    Seq2SeqNetwork network = new Seq2SeqNetwork(networkConfig, DataType.FLOAT);
    return new NeuralTranslator(network, saved.vocabulary(SOURCE_VOCABULARY), saved.vocabulary(TARGET_VOCABULARY),
        decoding);
  }
}
