package org.seq4j.recipe.section;

import static org.seq4j.recipe.schema.ValueTypes.bool;
import static org.seq4j.recipe.schema.ValueTypes.integer;
import static org.seq4j.recipe.schema.ValueTypes.name;
import static org.seq4j.recipe.schema.ValueTypes.nameList;
import static org.seq4j.recipe.schema.ValueTypes.number;

import java.util.List;
import org.seq4j.corpus.batch.BatchingOptions;
import org.seq4j.corpus.normalize.Normalizers;
import org.seq4j.corpus.tokenize.TokenizerProviders;
import org.seq4j.recipe.schema.SectionSchema;
import org.seq4j.recipe.schema.SectionValues;
import org.seq4j.recipe.schema.Setting;

/**
 * {@code prepare}: read → normalize → tokenize → filter → split → vocabulary (+ BPE) → batch.
 * Tokenizer and normalizer names are the corpus module's own lists ({@link
 * TokenizerProviders#allNames()}, {@link Normalizers#NAMES}), so a new tokenizer there, or a
 * plugin tokenizer on the classpath ({@code ptb}/{@code corenlp} from the optional corenlp
 * module), is valid here without a second declaration. The names are read when this class is
 * initialised, i.e. from the classpath the recipe is loaded with.
 *
 * <p>Filtering is the corpus module's standard chain ({@link
 * org.seq4j.corpus.filter.CorpusFilters}): empty, too long, length ratio, duplicate, each counted
 * by reason. There is no minimum length beyond "not empty": short sentences are real data
 * (one-word answers in Tatoeba, headlines in EWT), and the corpus filters do not drop them.
 * Tagging data comes tokenized; a tokenizer setting is rejected for it (words are never re-split,
 * or tags would no longer align).
 *
 * <p>The vocabularies prepare writes are the ones the model is trained with: translation training
 * reads vocab.src/vocab.tgt (or vocab.shared) back, and the tagger builds its word vocabulary with the
 * same cut-offs over the same lookup forms (tagging writes vocab.words in the tagger's lookup form).
 * BPE is one model learned on both sides of train, with or without {@code shared_vocab} (Sennrich et
 * al. 2016's joint BPE: a name spelled alike in both languages is segmented alike).
 *
 * @param normalize normalizer steps, in order
 * @param tokenizer tokenizer of raw-text (translation) data
 * @param dropEmpty drop sentences (either side of a pair) without tokens
 * @param maxLength longest kept sentence, in tokens (0: no limit)
 * @param maxLengthRatio largest kept length ratio of a pair (0: no limit)
 * @param dropDuplicates drop exact repeats of an earlier sentence (pair) in the same file
 * @param vocabMinFreq least frequency of a vocabulary type
 * @param vocabMaxSize largest vocabulary size, special tokens not counted (0: no limit)
 * @param sharedVocab one vocabulary for source and target
 * @param bpeMerges BPE merge operations learned on train, jointly on both sides (0: no BPE)
 * @param bucketPool bucketing pool size (see BatchingOptions) of the batching statistics and of the
 *     trainers' batches
 */
public record PrepareSection(
    List<String> normalize,
    String tokenizer,
    boolean dropEmpty,
    int maxLength,
    double maxLengthRatio,
    boolean dropDuplicates,
    int vocabMinFreq,
    int vocabMaxSize,
    boolean sharedVocab,
    int bpeMerges,
    int bucketPool) {

  /** Largest accepted length ratio setting. */
  public static final double MAX_RATIO = 1000;

  public static final Setting<List<String>> NORMALIZE =
      Setting.of("normalize", nameList(Normalizers.NAMES, Normalizers.ARGUMENT_SEPARATOR), List.of(),
          "Normalizer steps applied to every token, in order (stopwords may name a file relative to the working"
              + " directory: stopwords:FILE)");
  public static final Setting<String> TOKENIZER =
      Setting.of("tokenizer", name(TokenizerProviders.allNames()), "whitespace",
          "Tokenizer for raw-text (translation) data; tagging data is already tokenized");
  public static final Setting<Boolean> DROP_EMPTY =
      Setting.of("drop_empty", bool(), true, "Drop sentences (either side of a pair) without tokens");
  public static final Setting<Integer> MAX_LENGTH =
      Setting.of("max_length", integer(0), 0, "Drop sentences (either side of a pair) longer than this many tokens; 0: no limit");
  public static final Setting<Double> MAX_LENGTH_RATIO =
      Setting.of("max_length_ratio", number(0, MAX_RATIO), 0.0, "Drop pairs whose longer side is more than this many times the shorter; 0: no limit");
  public static final Setting<Boolean> DROP_DUPLICATES =
      Setting.of("drop_duplicates", bool(), false, "Drop exact repeats of an earlier sentence (pair) in the same file");
  public static final Setting<Integer> VOCAB_MIN_FREQ =
      Setting.of("vocab_min_freq", integer(1), 1,
          "Keep vocabulary types seen at least this often in train (the model's vocabulary is the prepared one)");
  public static final Setting<Integer> VOCAB_MAX_SIZE =
      Setting.of("vocab_max_size", integer(0), 0,
          "Keep at most this many vocabulary types, the most frequent (equal counts in string order), special tokens"
              + " not counted; the model's vocabulary is the prepared one (tagging with embeddings: vector words are"
              + " added after it); 0: no limit");
  public static final Setting<Boolean> SHARED_VOCAB =
      Setting.of("shared_vocab", bool(), false,
          "Translation: one vocabulary (vocab.shared) for source and target, used by both sides of the model;"
              + " BPE is always learned jointly on both languages");
  public static final Setting<Integer> BPE_MERGES =
      Setting.of("bpe_merges", integer(0), 0,
          "Translation: BPE merge operations learned jointly on the source and target sides of train; 0: no BPE");
  public static final Setting<Integer> BUCKET_POOL =
      Setting.of("bucket_pool", integer(1), BatchingOptions.DEFAULT_POOL_SIZE,
          "Examples sorted by length together before cutting batches, in training and in the batching"
              + " statistics of stats.json; 1: no bucketing");

  public static final SectionSchema SCHEMA =
      SectionSchema.of("prepare", "Corpus preparation", NORMALIZE, TOKENIZER, DROP_EMPTY, MAX_LENGTH,
          MAX_LENGTH_RATIO, DROP_DUPLICATES, VOCAB_MIN_FREQ, VOCAB_MAX_SIZE, SHARED_VOCAB, BPE_MERGES, BUCKET_POOL);

  public static PrepareSection from(SectionValues v) {
    return new PrepareSection(v.get(NORMALIZE), v.get(TOKENIZER), v.get(DROP_EMPTY),
        v.get(MAX_LENGTH), v.get(MAX_LENGTH_RATIO), v.get(DROP_DUPLICATES), v.get(VOCAB_MIN_FREQ), v.get(VOCAB_MAX_SIZE),
        v.get(SHARED_VOCAB), v.get(BPE_MERGES), v.get(BUCKET_POOL));
  }
}
