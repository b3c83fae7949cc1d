package org.seq4j.recipe.section;

import static org.seq4j.recipe.schema.ValueTypes.bool;
import static org.seq4j.recipe.schema.ValueTypes.choice;
import static org.seq4j.recipe.schema.ValueTypes.integer;
import static org.seq4j.recipe.schema.ValueTypes.number;

import org.seq4j.recipe.schema.SectionSchema;
import org.seq4j.recipe.schema.SectionValues;
import org.seq4j.recipe.schema.Setting;

/**
 * {@code model}: the network. Tagging uses the encoder (a (Bi)RNN stack) and the output layer;
 * translation uses encoder, decoder and attention.
 *
 * @param embeddingDim word embedding size
 * @param charFeatures character-level word features
 * @param charDim character embedding size
 * @param output tagging output layer
 * @param dropout dropout probability
 * @param attention translation attention
 * @param encoder the encoder stack
 * @param decoder the decoder stack (translation)
 * @param charFilters character CNN filters, the CNN's output size (tagging, char_features cnn)
 * @param charWindow character CNN window in characters, odd (tagging, char_features cnn)
 * @param charHidden character BiLSTM hidden size per direction (tagging, char_features lstm)
 * @param lowercaseWords look words up in lowercase; characters keep their case (tagging)
 * @param variationalDropout share dropout masks across the time steps of a sentence (tagging)
 * @param wordDropout word dropout alpha: a training word becomes unknown with probability
 *     alpha / (alpha + its frequency) (tagging)
 * @param normalizeDigits look words up with every digit replaced by 0; characters keep them (tagging)
 * @param tieEmbeddings the output layer reuses the target embedding (translation)
 * @param reverseSource feed the source reversed, Sutskever et al. 2014 (translation)
 * @param inputFeeding feed the previous attentional vector into the decoder, Luong et al. 2015 (translation)
 * @param deepOutput the output layer also reads the previous word and the context, Cho et al. 2014 (translation)
 */
public record ModelSection(
    int embeddingDim,
    CharFeatures charFeatures,
    int charDim,
    Output output,
    double dropout,
    Attention attention,
    RnnStack encoder,
    RnnStack decoder,
    int charFilters,
    int charWindow,
    int charHidden,
    boolean lowercaseWords,
    boolean variationalDropout,
    double wordDropout,
    boolean normalizeDigits,
    boolean tieEmbeddings,
    boolean reverseSource,
    boolean inputFeeding,
    boolean deepOutput) {

  /** Recurrent cells. */
  public enum Cell {
    LSTM,
    GRU,
    RNN
  }

  /** Character-level word features. */
  public enum CharFeatures {
    NONE,
    CNN,
    LSTM
  }

  /** Tagging output layers. */
  public enum Output {
    SOFTMAX,
    CRF
  }

  /** Attention mechanisms (Luong dot/general, Bahdanau additive). */
  public enum Attention {
    NONE,
    DOT,
    GENERAL,
    BAHDANAU
  }

  public static final int DEFAULT_EMBEDDING_DIM = 100;
  public static final int DEFAULT_CHAR_DIM = 25;
  public static final double DEFAULT_DROPOUT = 0.3;
  public static final int DEFAULT_CHAR_FILTERS = 30;
  public static final int DEFAULT_CHAR_WINDOW = 3;
  public static final int DEFAULT_CHAR_HIDDEN = 25;
  /** Largest word dropout alpha accepted (Kiperwasser &amp; Goldberg use 0.25). */
  public static final double MAX_WORD_DROPOUT = 100;
  /** Dropout must leave something: at most this probability. */
  public static final double MAX_DROPOUT = 0.9;

  public static final Setting<Integer> EMBEDDING_DIM =
      Setting.of("embedding_dim", integer(1), DEFAULT_EMBEDDING_DIM, "Word embedding size");
  public static final Setting<CharFeatures> CHAR_FEATURES =
      Setting.of("char_features", choice(CharFeatures.class), CharFeatures.NONE, "Character-level word features");
  public static final Setting<Integer> CHAR_DIM =
      Setting.of("char_dim", integer(1), DEFAULT_CHAR_DIM, "Character embedding size (char_features cnn|lstm)");
  public static final Setting<Output> OUTPUT =
      Setting.of("output", choice(Output.class), Output.SOFTMAX, "Tagging: output layer");
  public static final Setting<Double> DROPOUT =
      Setting.of("dropout", number(0, MAX_DROPOUT), DEFAULT_DROPOUT, "Dropout probability");
  public static final Setting<Attention> ATTENTION =
      Setting.of("attention", choice(Attention.class), Attention.GENERAL, "Translation: attention over encoder states");
  public static final Setting<Integer> CHAR_FILTERS =
      Setting.of("char_filters", integer(1), DEFAULT_CHAR_FILTERS, "Tagging: character CNN filters, its output size (char_features cnn)");
  public static final Setting<Integer> CHAR_WINDOW =
      Setting.of("char_window", integer(1), DEFAULT_CHAR_WINDOW, "Tagging: character CNN window in characters, odd (char_features cnn)");
  public static final Setting<Integer> CHAR_HIDDEN =
      Setting.of("char_hidden", integer(1), DEFAULT_CHAR_HIDDEN, "Tagging: character BiLSTM hidden size per direction (char_features lstm)");
  public static final Setting<Boolean> LOWERCASE_WORDS =
      Setting.of("lowercase_words", bool(), false, "Tagging: look words up in lowercase (characters keep their case)");
  public static final Setting<Boolean> VARIATIONAL_DROPOUT =
      Setting.of("variational_dropout", bool(), false, "Tagging: share input/output dropout masks across a sentence's time steps");
  public static final Setting<Double> WORD_DROPOUT =
      Setting.of("word_dropout", number(0, MAX_WORD_DROPOUT), 0.0,
          "Tagging: word dropout alpha: a training word becomes <unk> with probability alpha/(alpha+frequency); 0: off");
  public static final Setting<Boolean> NORMALIZE_DIGITS =
      Setting.of("normalize_digits", bool(), false, "Tagging: look words up with every digit replaced by 0 (characters keep them)");
  public static final Setting<Boolean> TIE_EMBEDDINGS =
      Setting.of("tie_embeddings", bool(), false,
          "Translation: the output layer reuses the target embedding (needs embedding_dim == decoder.hidden)");
  public static final Setting<Boolean> REVERSE_SOURCE =
      Setting.of("reverse_source", bool(), false, "Translation: feed the source sentence reversed (Sutskever et al. 2014)");
  public static final Setting<Boolean> INPUT_FEEDING =
      Setting.of("input_feeding", bool(), false,
          "Translation: feed the previous step's attentional vector into the decoder (Luong et al. 2015; needs attention)");
  public static final Setting<Boolean> DEEP_OUTPUT =
      Setting.of("deep_output", bool(), false,
          "Translation: the output layer also reads the previous word and the context vector (Cho et al. 2014)");

  public static final SectionSchema SCHEMA =
      SectionSchema.of("model", "The network", EMBEDDING_DIM, CHAR_FEATURES, CHAR_DIM, OUTPUT, DROPOUT, ATTENTION,
              CHAR_FILTERS, CHAR_WINDOW, CHAR_HIDDEN, LOWERCASE_WORDS, VARIATIONAL_DROPOUT, WORD_DROPOUT, NORMALIZE_DIGITS, TIE_EMBEDDINGS, REVERSE_SOURCE,
              INPUT_FEEDING, DEEP_OUTPUT)
          .with(RnnStack.schema("encoder", "Encoder stack (the tagger's BiRNN)"),
              RnnStack.schema("decoder", "Translation: decoder stack"));

  public static ModelSection from(SectionValues v) {
    return new ModelSection(v.get(EMBEDDING_DIM), v.get(CHAR_FEATURES), v.get(CHAR_DIM),
        v.get(OUTPUT), v.get(DROPOUT), v.get(ATTENTION),
        RnnStack.from(v.section("encoder")), RnnStack.from(v.section("decoder")),
        v.get(CHAR_FILTERS), v.get(CHAR_WINDOW), v.get(CHAR_HIDDEN), v.get(LOWERCASE_WORDS), v.get(VARIATIONAL_DROPOUT),
        v.get(WORD_DROPOUT), v.get(NORMALIZE_DIGITS),
        v.get(TIE_EMBEDDINGS), v.get(REVERSE_SOURCE), v.get(INPUT_FEEDING), v.get(DEEP_OUTPUT));
  }

  /**
   * {@code model.encoder} / {@code model.decoder}: a stack of recurrent layers.
   *
   * @param cell the recurrent cell
   * @param layers stacked layers
   * @param hidden hidden size per direction
   * @param bidirectional run a second stack right to left (encoder only)
   */
  public record RnnStack(Cell cell, int layers, int hidden, boolean bidirectional) {
    public static final int DEFAULT_HIDDEN = 256;

    public static final Setting<Cell> CELL =
        Setting.of("cell", choice(Cell.class), Cell.LSTM, "Recurrent cell");
    public static final Setting<Integer> LAYERS =
        Setting.of("layers", integer(1), 1, "Stacked recurrent layers");
    public static final Setting<Integer> HIDDEN =
        Setting.of("hidden", integer(1), DEFAULT_HIDDEN, "Hidden size per direction");
    public static final Setting<Boolean> BIDIRECTIONAL =
        Setting.of("bidirectional", bool(), true, "Also read right to left (encoders only)");

    static SectionSchema schema(String name, String description) {
      return SectionSchema.of(name, description, CELL, LAYERS, HIDDEN, BIDIRECTIONAL);
    }

    static RnnStack from(SectionValues v) {
      return new RnnStack(v.get(CELL), v.get(LAYERS), v.get(HIDDEN), v.get(BIDIRECTIONAL));
    }

    /** Size of the stack's output vectors (both directions). */
    public int outputSize() {
      return bidirectional ? 2 * hidden : hidden;
    }
  }
}
