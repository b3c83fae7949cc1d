package org.seq4j.seq2seq.model;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.seq4j.nn.rnn.CellType;

/**
 * Architecture of a {@link Seq2SeqNetwork}; stored as {@code config.json} in the model file, so a
 * saved model rebuilds itself from this record plus its vocabularies.
 *
 * <p>{@code hiddenSize} is the decoder's hidden size and the encoder's output size: each encoder
 * direction has {@code hiddenSize / 2} units (OpenNMT's {@code brnn}), so encoder states, the
 * bridge and dot attention all work in one width. Weight tying needs {@code embeddingSize ==
 * hiddenSize}, because the output layer reads {@code hiddenSize}-wide vectors.
 *
 * @param sourceVocabularySize rows of the source embedding
 * @param targetVocabularySize rows of the target embedding and classes of the softmax
 * @param cell lstm|gru|rnn, for encoder and decoder
 * @param embeddingSize source and target embedding width
 * @param hiddenSize decoder hidden size = encoder output size (even)
 * @param encoderLayers N bidirectional layers
 * @param decoderLayers M unidirectional layers
 * @param dropout dropout on embeddings, between layers and before the output layer
 * @param attention none|dot|general|bahdanau
 * @param tieTargetEmbeddings output projection = target embedding transposed
 * @param reverseSource feed the source reversed (Sutskever et al. 2014)
 * @param maxSourceLength longer inputs are truncated (with a warning) at translation time
 * @param seed initialisation and dropout seed
 * @param inputFeeding feed the previous step's attentional vector into the decoder input (Luong et al.
 *     2015); needs attention
 * @param deepOutput the output layer reads {@code tanh(W [o_t; E y_{t-1}; c] + b)} instead of the
 *     decoder output {@code o_t} alone: Cho et al.'s (2014) readout, which sees the previous word and
 *     the context vector directly (Pascanu et al.'s "deep output")
 */
public record Seq2SeqConfig(int sourceVocabularySize, int targetVocabularySize, CellType cell, int embeddingSize,
    int hiddenSize, int encoderLayers, int decoderLayers, double dropout, AttentionType attention,
    boolean tieTargetEmbeddings, boolean reverseSource, int maxSourceLength, long seed, boolean inputFeeding,
    boolean deepOutput) {

  /** Keys added after the first model files; files without them load with the old behaviour (false). */
  private static final String INPUT_FEEDING = "input_feeding";
  private static final String DEEP_OUTPUT = "deep_output";
  private static final Set<String> KEYS = Set.of("source_vocabulary_size", "target_vocabulary_size", "cell",
      "embedding_size", "hidden_size", "encoder_layers", "decoder_layers", "dropout", "attention",
      "tie_target_embeddings", "reverse_source", "max_source_length", "seed", INPUT_FEEDING, DEEP_OUTPUT);

  public Seq2SeqConfig {
    if (sourceVocabularySize < 1 || targetVocabularySize < 1 || embeddingSize < 1 || hiddenSize < 2
        || hiddenSize % 2 != 0 || encoderLayers < 1 || decoderLayers < 1 || maxSourceLength < 1) {
      throw new IllegalArgumentException("need positive vocabulary sizes, embedding size, layers and max source"
          + " length, and an even hidden size >= 2; got " + this);
    }
    if (!(dropout >= 0 && dropout < 1)) {
      throw new IllegalArgumentException("dropout must be in [0, 1), got " + dropout);
    }
    if (tieTargetEmbeddings && embeddingSize != hiddenSize) {
      throw new IllegalArgumentException("tie_target_embeddings needs embedding_size == hidden_size, got "
          + embeddingSize + " and " + hiddenSize);
    }
    if (inputFeeding && attention == AttentionType.NONE) {
      throw new IllegalArgumentException("input_feeding needs attention (dot|general|bahdanau), got none");
    }
  }

  /** Without input feeding and deep output (the first architecture; older code and files use it). */
  public Seq2SeqConfig(int sourceVocabularySize, int targetVocabularySize, CellType cell, int embeddingSize,
      int hiddenSize, int encoderLayers, int decoderLayers, double dropout, AttentionType attention,
      boolean tieTargetEmbeddings, boolean reverseSource, int maxSourceLength, long seed) {
    this(sourceVocabularySize, targetVocabularySize, cell, embeddingSize, hiddenSize, encoderLayers, decoderLayers,
        dropout, attention, tieTargetEmbeddings, reverseSource, maxSourceLength, seed, false, false);
  }

  /** This architecture with input feeding on or off. */
  public Seq2SeqConfig withInputFeeding(boolean on) {
    return new Seq2SeqConfig(sourceVocabularySize, targetVocabularySize, cell, embeddingSize, hiddenSize,
        encoderLayers, decoderLayers, dropout, attention, tieTargetEmbeddings, reverseSource, maxSourceLength, seed,
        on, deepOutput);
  }

  /** This architecture with the deep output (Cho readout) on or off. */
  public Seq2SeqConfig withDeepOutput(boolean on) {
    return new Seq2SeqConfig(sourceVocabularySize, targetVocabularySize, cell, embeddingSize, hiddenSize,
        encoderLayers, decoderLayers, dropout, attention, tieTargetEmbeddings, reverseSource, maxSourceLength, seed,
        inputFeeding, on);
  }

  /**
   * True when a decoder step reads the previous step's attention (Bahdanau context or input feeding),
   * so training cannot run the decoder RNN over all steps in one call.
   */
  public boolean stepwiseDecoder() {
    return inputFeeding || attention == AttentionType.BAHDANAU;
  }

  /** Width of the decoder RNN input: embedding, context vector, Bahdanau context, fed attentional vector. */
  public int decoderInputSize() {
    return embeddingSize + hiddenSize + (attention == AttentionType.BAHDANAU ? hiddenSize : 0)
        + (inputFeeding ? hiddenSize : 0);
  }

  /** Units per encoder direction. */
  public int encoderDirectionSize() {
    return hiddenSize / 2;
  }

  /** This architecture for vocabularies of the given sizes (known only once the training data is read). */
  public Seq2SeqConfig withVocabularySizes(int source, int target) {
    return new Seq2SeqConfig(source, target, cell, embeddingSize, hiddenSize, encoderLayers, decoderLayers, dropout,
        attention, tieTargetEmbeddings, reverseSource, maxSourceLength, seed, inputFeeding, deepOutput);
  }

  /** The config as config.json keys. */
  public Map<String, Object> toMap() {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("source_vocabulary_size", sourceVocabularySize);
    map.put("target_vocabulary_size", targetVocabularySize);
    map.put("cell", cell.shortName());
    map.put("embedding_size", embeddingSize);
    map.put("hidden_size", hiddenSize);
    map.put("encoder_layers", encoderLayers);
    map.put("decoder_layers", decoderLayers);
    map.put("dropout", dropout);
    map.put("attention", attention.shortName());
    map.put("tie_target_embeddings", tieTargetEmbeddings);
    map.put("reverse_source", reverseSource);
    map.put("max_source_length", maxSourceLength);
    map.put("seed", seed);
    map.put(INPUT_FEEDING, inputFeeding);
    map.put(DEEP_OUTPUT, deepOutput);
    return map;
  }

  /**
   * Parses {@link #toMap()} output; unknown or missing keys are errors that list the valid keys, except
   * {@code input_feeding} and {@code deep_output}, which default to false (files written before them).
   */
  public static Seq2SeqConfig fromMap(Map<String, ?> map) {
    for (String key : map.keySet()) {
      if (!KEYS.contains(key)) {
        throw new IllegalArgumentException("Unknown seq2seq config key '" + key + "': expected one of "
            + new TreeSet<>(KEYS));
      }
    }
    return new Seq2SeqConfig(integer(map, "source_vocabulary_size"), integer(map, "target_vocabulary_size"),
        CellType.fromShortName(string(map, "cell")), integer(map, "embedding_size"), integer(map, "hidden_size"),
        integer(map, "encoder_layers"), integer(map, "decoder_layers"), number(map, "dropout").doubleValue(),
        AttentionType.fromShortName(string(map, "attention")), bool(map, "tie_target_embeddings"),
        bool(map, "reverse_source"), integer(map, "max_source_length"), number(map, "seed").longValue(),
        map.containsKey(INPUT_FEEDING) && bool(map, INPUT_FEEDING), map.containsKey(DEEP_OUTPUT) && bool(map, DEEP_OUTPUT));
  }

  private static Object required(Map<String, ?> map, String key) {
    Object value = map.get(key);
    if (value == null) {
      throw new IllegalArgumentException("seq2seq config is missing '" + key + "'");
    }
    return value;
  }

  private static Number number(Map<String, ?> map, String key) {
    if (required(map, key) instanceof Number n) {
      return n;
    }
    throw new IllegalArgumentException("seq2seq config '" + key + "' must be a number, got " + map.get(key));
  }

  private static int integer(Map<String, ?> map, String key) {
    return number(map, key).intValue();
  }

  private static String string(Map<String, ?> map, String key) {
    return String.valueOf(required(map, key));
  }

  private static boolean bool(Map<String, ?> map, String key) {
    if (required(map, key) instanceof Boolean b) {
      return b;
    }
    throw new IllegalArgumentException("seq2seq config '" + key + "' must be true or false, got " + map.get(key));
  }
}
