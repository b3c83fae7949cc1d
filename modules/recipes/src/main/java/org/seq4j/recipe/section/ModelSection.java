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
 */
public record ModelSection(
    int embeddingDim,
    CharFeatures charFeatures,
    int charDim,
    Output output,
    double dropout,
    Attention attention,
    RnnStack encoder,
    RnnStack decoder) {

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

  public static final SectionSchema SCHEMA =
      SectionSchema.of("model", "The network", EMBEDDING_DIM, CHAR_FEATURES, CHAR_DIM, OUTPUT, DROPOUT, ATTENTION)
          .with(RnnStack.schema("encoder", "Encoder stack (the tagger's BiRNN)"),
              RnnStack.schema("decoder", "Translation: decoder stack"));

  public static ModelSection from(SectionValues v) {
    return new ModelSection(v.get(EMBEDDING_DIM), v.get(CHAR_FEATURES), v.get(CHAR_DIM),
        v.get(OUTPUT), v.get(DROPOUT), v.get(ATTENTION),
        RnnStack.from(v.section("encoder")), RnnStack.from(v.section("decoder")));
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
