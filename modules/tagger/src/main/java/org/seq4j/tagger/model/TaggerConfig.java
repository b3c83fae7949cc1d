package org.seq4j.tagger.model;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.seq4j.nn.rnn.CellType;

/**
 * The architecture of a neural tagger: what {@code config.json} in its model file holds, and all
 * a {@link TaggerNetwork} needs besides vocabulary sizes.
 *
 * <p>Word embeddings (optionally looked up in lowercase; optionally frozen when initialised from
 * pretrained vectors), optionally concatenated with character features, go through input dropout,
 * an N-layer bidirectional recurrent encoder, output dropout, a linear layer to tag scores, and a
 * softmax or CRF output. With {@code variationalDropout} the input and output dropout masks are
 * shared across the time steps of a sentence (Gal &amp; Ghahramani's recurrent variant).
 *
 * <p>Serialised as a flat map with the recipe's snake_case names ({@link #toMap}, {@link #fromMap});
 * unknown keys are errors that list the valid ones, and missing keys take the defaults, so model
 * files stay readable when a later version adds a setting.
 *
 * @param embeddingDim word embedding size
 * @param lowercaseWords look words up in lowercase (characters keep their case)
 * @param freezeEmbeddings keep word embeddings fixed during training (useful with pretrained ones)
 * @param charFeatures character-level word features
 * @param charDim character embedding size
 * @param charFilters CNN filters (the CNN's output size)
 * @param charWindow CNN window width in characters (odd)
 * @param charHidden character BiLSTM hidden size per direction (output size is twice this)
 * @param maxWordChars longer words keep their first and last characters, this many in total
 * @param cell recurrent cell of the encoder
 * @param layers encoder layers
 * @param hidden encoder hidden size per direction
 * @param dropout dropout probability on encoder inputs, between layers and on encoder outputs
 * @param variationalDropout share input/output dropout masks over time
 * @param output softmax or CRF
 * @param constraints CRF decoding constraints (ignored by softmax); {@code auto} detects IOB2/BIOES
 *     from the tag set
 * @param normalizeDigits look words up with every decimal digit replaced by {@code 0} ("1984" and
 *     "2023" share a row; characters keep the real digits)
 */
public record TaggerConfig(
    int embeddingDim,
    boolean lowercaseWords,
    boolean freezeEmbeddings,
    CharFeatures charFeatures,
    int charDim,
    int charFilters,
    int charWindow,
    int charHidden,
    int maxWordChars,
    CellType cell,
    int layers,
    int hidden,
    double dropout,
    boolean variationalDropout,
    OutputLayer output,
    DecodingConstraints constraints,
    boolean normalizeDigits) {

  public static final int DEFAULT_EMBEDDING_DIM = 100;
  public static final int DEFAULT_CHAR_DIM = 25;
  public static final int DEFAULT_CHAR_FILTERS = 30;
  public static final int DEFAULT_CHAR_WINDOW = 3;
  public static final int DEFAULT_CHAR_HIDDEN = 25;
  /** Covers all but a few hundred of EWT's 200k tokens (URLs, e-mail addresses). */
  public static final int DEFAULT_MAX_WORD_CHARS = 30;
  public static final int DEFAULT_HIDDEN = 200;
  public static final double DEFAULT_DROPOUT = 0.33;
  /** Dropout must leave something to learn from. */
  public static final double MAX_DROPOUT = 0.9;

  static final String EMBEDDING_DIM = "embedding_dim";
  static final String LOWERCASE_WORDS = "lowercase_words";
  static final String FREEZE_EMBEDDINGS = "freeze_embeddings";
  static final String CHAR_FEATURES = "char_features";
  static final String CHAR_DIM = "char_dim";
  static final String CHAR_FILTERS = "char_filters";
  static final String CHAR_WINDOW = "char_window";
  static final String CHAR_HIDDEN = "char_hidden";
  static final String MAX_WORD_CHARS = "max_word_chars";
  static final String CELL = "cell";
  static final String LAYERS = "layers";
  static final String HIDDEN = "hidden";
  static final String DROPOUT = "dropout";
  static final String VARIATIONAL_DROPOUT = "variational_dropout";
  static final String OUTPUT = "output";
  static final String CONSTRAINTS = "constraints";
  static final String NORMALIZE_DIGITS = "normalize_digits";

  public TaggerConfig {
    Objects.requireNonNull(charFeatures, CHAR_FEATURES);
    Objects.requireNonNull(cell, CELL);
    Objects.requireNonNull(output, OUTPUT);
    Objects.requireNonNull(constraints, CONSTRAINTS);
    requirePositive(EMBEDDING_DIM, embeddingDim);
    requirePositive(CHAR_DIM, charDim);
    requirePositive(CHAR_FILTERS, charFilters);
    requirePositive(CHAR_HIDDEN, charHidden);
    requirePositive(MAX_WORD_CHARS, maxWordChars);
    requirePositive(LAYERS, layers);
    requirePositive(HIDDEN, hidden);
    if (charWindow < 1 || charWindow % 2 == 0) {
      throw new IllegalArgumentException("Invalid value " + charWindow + " for " + CHAR_WINDOW + ": expected an odd number >= 1");
    }
    if (!(dropout >= 0 && dropout <= MAX_DROPOUT)) {
      throw new IllegalArgumentException("Invalid value " + dropout + " for " + DROPOUT + ": expected 0.." + MAX_DROPOUT);
    }
  }

  /** The settings before {@code normalize_digits} existed (digits kept as they are). */
  public TaggerConfig(int embeddingDim, boolean lowercaseWords, boolean freezeEmbeddings, CharFeatures charFeatures,
      int charDim, int charFilters, int charWindow, int charHidden, int maxWordChars, CellType cell, int layers,
      int hidden, double dropout, boolean variationalDropout, OutputLayer output, DecodingConstraints constraints) {
    this(embeddingDim, lowercaseWords, freezeEmbeddings, charFeatures, charDim, charFilters, charWindow, charHidden,
        maxWordChars, cell, layers, hidden, dropout, variationalDropout, output, constraints, false);
  }

  /** BiLSTM, one layer, char CNN, softmax: the usual POS tagger. */
  public static TaggerConfig defaults() {
    return new TaggerConfig(DEFAULT_EMBEDDING_DIM, false, false, CharFeatures.CNN, DEFAULT_CHAR_DIM,
        DEFAULT_CHAR_FILTERS, DEFAULT_CHAR_WINDOW, DEFAULT_CHAR_HIDDEN, DEFAULT_MAX_WORD_CHARS, CellType.LSTM, 1,
        DEFAULT_HIDDEN, DEFAULT_DROPOUT, false, OutputLayer.SOFTMAX, DecodingConstraints.AUTO, false);
  }

  /** Size of the vector per word that enters the encoder. */
  public int encoderInputSize() {
    return embeddingDim + charFeatureSize();
  }

  /** Size of the character features per word (0 without them). */
  public int charFeatureSize() {
    return switch (charFeatures) {
      case NONE -> 0;
      case CNN -> charFilters;
      case LSTM -> 2 * charHidden;
    };
  }

  /** The settings as a map of recipe names to JSON-friendly values (enums as short names). */
  public Map<String, Object> toMap() {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put(EMBEDDING_DIM, embeddingDim);
    map.put(LOWERCASE_WORDS, lowercaseWords);
    map.put(FREEZE_EMBEDDINGS, freezeEmbeddings);
    map.put(CHAR_FEATURES, charFeatures.shortName());
    map.put(CHAR_DIM, charDim);
    map.put(CHAR_FILTERS, charFilters);
    map.put(CHAR_WINDOW, charWindow);
    map.put(CHAR_HIDDEN, charHidden);
    map.put(MAX_WORD_CHARS, maxWordChars);
    map.put(CELL, cell.shortName());
    map.put(LAYERS, layers);
    map.put(HIDDEN, hidden);
    map.put(DROPOUT, dropout);
    map.put(VARIATIONAL_DROPOUT, variationalDropout);
    map.put(OUTPUT, output.shortName());
    map.put(CONSTRAINTS, constraints.shortName());
    map.put(NORMALIZE_DIGITS, normalizeDigits);
    return map;
  }

  /**
   * Reads settings written by {@link #toMap} (or a recipe's {@code model} section flattened);
   * missing keys take {@link #defaults()}' values.
   *
   * @throws IllegalArgumentException for unknown keys (listing the valid ones) and invalid values
   */
  public static TaggerConfig fromMap(Map<String, ?> map) {
    TaggerConfig d = defaults();
    Set<String> valid = d.toMap().keySet();
    for (String key : map.keySet()) {
      if (!valid.contains(key)) {
        throw new IllegalArgumentException("Unknown tagger setting '" + key + "': valid settings are " + valid);
      }
    }
    ConfigValues v = new ConfigValues(map);
    return new TaggerConfig(
        v.integer(EMBEDDING_DIM, d.embeddingDim),
        v.bool(LOWERCASE_WORDS, d.lowercaseWords),
        v.bool(FREEZE_EMBEDDINGS, d.freezeEmbeddings),
        CharFeatures.fromShortName(v.text(CHAR_FEATURES, d.charFeatures.shortName())),
        v.integer(CHAR_DIM, d.charDim),
        v.integer(CHAR_FILTERS, d.charFilters),
        v.integer(CHAR_WINDOW, d.charWindow),
        v.integer(CHAR_HIDDEN, d.charHidden),
        v.integer(MAX_WORD_CHARS, d.maxWordChars),
        CellType.fromShortName(v.text(CELL, d.cell.shortName())),
        v.integer(LAYERS, d.layers),
        v.integer(HIDDEN, d.hidden),
        v.number(DROPOUT, d.dropout),
        v.bool(VARIATIONAL_DROPOUT, d.variationalDropout),
        OutputLayer.fromShortName(v.text(OUTPUT, d.output.shortName())),
        DecodingConstraints.fromShortName(v.text(CONSTRAINTS, d.constraints.shortName())),
        v.bool(NORMALIZE_DIGITS, d.normalizeDigits));
  }

  /** This config with other settings given as a map (same rules as {@link #fromMap}). */
  public TaggerConfig with(Map<String, ?> changes) {
    Map<String, Object> merged = new LinkedHashMap<>(toMap());
    for (Map.Entry<String, ?> e : changes.entrySet()) {
      if (!merged.containsKey(e.getKey())) {
        fromMap(Map.of(e.getKey(), e.getValue()));
      }
      merged.put(e.getKey(), e.getValue());
    }
    return fromMap(merged);
  }

  private static void requirePositive(String key, int value) {
    if (value < 1) {
      throw new IllegalArgumentException("Invalid value " + value + " for " + key + ": expected >= 1");
    }
  }
}
