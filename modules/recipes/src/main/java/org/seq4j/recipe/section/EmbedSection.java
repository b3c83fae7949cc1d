package org.seq4j.recipe.section;

import static org.seq4j.recipe.schema.ValueTypes.bool;
import static org.seq4j.recipe.schema.ValueTypes.choice;
import static org.seq4j.recipe.schema.ValueTypes.integer;
import static org.seq4j.recipe.schema.ValueTypes.name;
import static org.seq4j.recipe.schema.ValueTypes.text;
import static org.seq4j.recipe.schema.ValueTypes.textList;

import java.util.List;
import java.util.Optional;
import org.seq4j.corpus.tokenize.TokenizerProviders;
import org.seq4j.corpus.tokenize.WhitespaceTokenizer;
import org.seq4j.embeddings.Word2VecSettings;
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
 * @param format pretrained vector file format
 * @param textFiles extra text files word2vec trains on besides train, each {@code [FORMAT:]FILE}
 *     (org.seq4j.recipe.embed.TextSource: conllu, conll, tsv, text; else by extension)
 * @param algorithm word2vec architecture
 * @param freeze keep the initialised embeddings fixed during training (else fine-tune them)
 * @param negative word2vec negative samples per word (0: hierarchical softmax)
 * @param tokenizer tokenizer for the raw-text (tsv, text) entries of textFiles
 */
public record EmbedSection(Method method, Optional<String> file, int window, int minCount, int epochs,
    VectorFileFormat format, List<String> textFiles, Algorithm algorithm, boolean freeze, int negative,
    String tokenizer) {

  /** How embeddings are obtained. */
  public enum Method {
    /** Random initialisation; no embed stage. */
    NONE,
    /** Trained with word2vec on the training split. */
    WORD2VEC,
    /** Read from a vector file. */
    PRETRAINED
  }

  /** Vector file formats (embeddings module's VectorFormat). */
  public enum VectorFileFormat {
    /** word2vec text: a header line {@code <count> <dimension>}, then {@code word v1 ... vD}. */
    WORD2VEC,
    /** word2vec binary (the C tool's format). */
    WORD2VEC_BINARY,
    /** GloVe text: {@code word v1 ... vD} per line, no header. */
    GLOVE
  }

  /** word2vec architectures. */
  public enum Algorithm {
    SKIPGRAM,
    CBOW
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
  public static final Setting<VectorFileFormat> FORMAT =
      Setting.of("format", choice(VectorFileFormat.class), VectorFileFormat.WORD2VEC, "Format of embed.file (method pretrained)");
  public static final Setting<List<String>> TEXT_FILES =
      Setting.of("text_files", textList(), List.of(),
          "word2vec: extra text files to train on besides the training split (relative to the working directory),"
              + " each [conllu:|conll[:N]:|tsv[:N]:|text:]FILE, N a 0-based word/text column (default 0); no prefix:"
              + " .conllu/.conll by extension, else text (a sentence per line); words are put in the model's lookup"
              + " form, each distinct sentence is used once");
  public static final Setting<Algorithm> ALGORITHM =
      Setting.of("algorithm", choice(Algorithm.class), Algorithm.SKIPGRAM, "word2vec architecture");
  public static final Setting<Boolean> FREEZE =
      Setting.of("freeze", bool(), false, "Keep the embeddings fixed while training the model (false: fine-tune them)");

  public static final Setting<Integer> NEGATIVE =
      Setting.of("negative", integer(0), Word2VecSettings.DEFAULT_NEGATIVE,
          "word2vec negative samples per word; 0: hierarchical softmax instead");
  public static final Setting<String> TOKENIZER =
      Setting.of("tokenizer", name(TokenizerProviders.allNames()), WhitespaceTokenizer.NAME,
          "word2vec: tokenizer for the lines of tsv: and text: entries of embed.text_files"
              + " (whitespace: already tokenized)");

  public static final SectionSchema SCHEMA =
      SectionSchema.of("embed", "Word embeddings", METHOD, FILE, WINDOW, MIN_COUNT, EPOCHS, FORMAT, TEXT_FILES, ALGORITHM, FREEZE, NEGATIVE,
          TOKENIZER);

  public static EmbedSection from(SectionValues v) {
    return new EmbedSection(v.get(METHOD), v.optional(FILE), v.get(WINDOW), v.get(MIN_COUNT), v.get(EPOCHS),
        v.get(FORMAT), v.get(TEXT_FILES), v.get(ALGORITHM), v.get(FREEZE), v.get(NEGATIVE),
        v.get(TOKENIZER));
  }
}
