package org.seq4j.recipe.section;

import static org.seq4j.recipe.schema.ValueTypes.choice;
import static org.seq4j.recipe.schema.ValueTypes.integer;
import static org.seq4j.recipe.schema.ValueTypes.text;

import java.util.Optional;
import org.seq4j.recipe.schema.SectionSchema;
import org.seq4j.recipe.schema.SectionValues;
import org.seq4j.recipe.schema.Setting;

/**
 * {@code embed}: word embeddings that initialise the model's embedding layer. The vector size is
 * {@code model.embedding_dim}, declared once there.
 *
 * @param method how embeddings are obtained
 * @param file pretrained vector file (method pretrained)
 * @param window word2vec context window
 * @param minCount word2vec least word frequency
 * @param epochs word2vec passes over train
 */
public record EmbedSection(Method method, Optional<String> file, int window, int minCount, int epochs) {

  /** How embeddings are obtained. */
  public enum Method {
    /** Random initialisation; no embed stage. */
    NONE,
    /** Trained with word2vec on the training split. */
    WORD2VEC,
    /** Read from a vector file. */
    PRETRAINED
  }

  public static final int DEFAULT_WINDOW = 5;
  public static final int DEFAULT_EPOCHS = 5;

  public static final Setting<Method> METHOD =
      Setting.of("method", choice(Method.class), Method.NONE, "How word embeddings are obtained");
  public static final Setting<String> FILE =
      Setting.optional("file", text(), "Pretrained vector file, relative to the working directory (method pretrained)");
  public static final Setting<Integer> WINDOW =
      Setting.of("window", integer(1), DEFAULT_WINDOW, "word2vec context window");
  public static final Setting<Integer> MIN_COUNT =
      Setting.of("min_count", integer(1), 1, "word2vec: ignore words rarer than this");
  public static final Setting<Integer> EPOCHS =
      Setting.of("epochs", integer(1), DEFAULT_EPOCHS, "word2vec passes over the training split");

  public static final SectionSchema SCHEMA =
      SectionSchema.of("embed", "Word embeddings", METHOD, FILE, WINDOW, MIN_COUNT, EPOCHS);

  public static EmbedSection from(SectionValues v) {
    return new EmbedSection(v.get(METHOD), v.optional(FILE), v.get(WINDOW), v.get(MIN_COUNT), v.get(EPOCHS));
  }
}
