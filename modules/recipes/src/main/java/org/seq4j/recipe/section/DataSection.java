package org.seq4j.recipe.section;

import static org.seq4j.recipe.schema.ValueTypes.choice;
import static org.seq4j.recipe.schema.ValueTypes.integer;
import static org.seq4j.recipe.schema.ValueTypes.number;
import static org.seq4j.recipe.schema.ValueTypes.text;

import java.util.Optional;
import org.seq4j.recipe.schema.SectionSchema;
import org.seq4j.recipe.schema.SectionValues;
import org.seq4j.recipe.schema.Setting;

/**
 * {@code data}: where the corpus is and how to read it. File names are relative to {@code dir},
 * which is relative to the working directory (corpora live under {@code corpora/<name>/}, where
 * scripts/fetch-corpora puts them). For {@code parallel} data, {@code train}/{@code dev}/{@code
 * test} are file prefixes completed by {@code .<source_lang>} and {@code .<target_lang>}.
 * Unsplit corpora (no dev/test file) are split by {@link SplitSection}. Format {@code toy} reads no
 * files: the prepare stage generates the pairs ({@link ToySection}) from the recipe's seed.
 *
 * @param format the file format
 * @param dir the directory holding the files
 * @param train the training file (or prefix); empty ({@link #NO_FILE}) for format toy, which reads no files
 * @param dev the development file (or prefix), if the corpus has one
 * @param test the test file (or prefix), if the corpus has one
 * @param column the CoNLL-U tag column
 * @param wordColumn the word column of CoNLL column files (0-based)
 * @param tagColumn the tag column of CoNLL column files (0-based)
 * @param scheme the tag scheme of CoNLL column files
 * @param convertTo the tag scheme to convert to, if any
 * @param sourceLang the source-language suffix of parallel files
 * @param targetLang the target-language suffix of parallel files
 * @param sourceColumn the source column of TSV files (0-based)
 * @param targetColumn the target column of TSV files (0-based)
 * @param split how to split a corpus that has no dev/test files
 * @param toy the generated toy task (format toy)
 */
public record DataSection(
    Format format,
    String dir,
    String train,
    Optional<String> dev,
    Optional<String> test,
    ConlluColumn column,
    int wordColumn,
    int tagColumn,
    TagScheme scheme,
    Optional<TagScheme> convertTo,
    Optional<String> sourceLang,
    Optional<String> targetLang,
    int sourceColumn,
    int targetColumn,
    SplitSection split,
    ToySection toy) {

  /** Corpus file formats. */
  public enum Format {
    /** Universal Dependencies CoNLL-U (tagging). */
    CONLLU,
    /** One token per line, whitespace-separated columns, blank line between sentences (tagging). */
    CONLL,
    /** Two aligned plain-text files, one sentence per line (translation). */
    PARALLEL,
    /** One pair per line, tab-separated columns (translation). */
    TSV,
    /** Generated integer sequences copied, reversed or sorted (translation; no files). */
    TOY;

    /** The task this format's data serves. */
    public Task task() {
      return this == CONLLU || this == CONLL ? Task.TAGGING : Task.TRANSLATION;
    }
  }

  /** Which CoNLL-U column holds the tags. */
  public enum ConlluColumn {
    UPOS,
    XPOS
  }

  /** Chunk tag schemes of NER data. */
  public enum TagScheme {
    IOB1,
    IOB2,
    BIOES
  }

  public static final Setting<Format> FORMAT =
      Setting.required("format", choice(Format.class), "File format of the corpus");
  /** The working directory itself: where corpus files are when {@code dir} is not given. */
  public static final String WORKING_DIRECTORY = ".";

  public static final Setting<String> DIR =
      Setting.of("dir", text(), WORKING_DIRECTORY, "Directory of the corpus files, relative to the working directory");
  /** {@link #train()} of a recipe whose data has no training file (format toy). */
  public static final String NO_FILE = "";

  /** Required for every format but toy (checked in RecipeChecks, since it depends on the format). */
  public static final Setting<String> TRAIN =
      Setting.optional("train", text(), "Training file in dir (file prefix for parallel data); required except for format toy");
  public static final Setting<String> DEV =
      Setting.optional("dev", text(), "Development file in dir (prefix for parallel data); unset: split from train");
  public static final Setting<String> TEST =
      Setting.optional("test", text(), "Test file in dir (prefix for parallel data); unset: split from train");
  public static final Setting<ConlluColumn> COLUMN =
      Setting.of("column", choice(ConlluColumn.class), ConlluColumn.UPOS, "conllu: tag column to use");
  public static final Setting<Integer> WORD_COLUMN =
      Setting.of("word_column", integer(0), 0, "conll: 0-based column of the word");
  public static final Setting<Integer> TAG_COLUMN =
      Setting.of("tag_column", integer(0), 1, "conll: 0-based column of the tag (CoNLL-2003 NER: 3)");
  public static final Setting<TagScheme> SCHEME =
      Setting.of("scheme", choice(TagScheme.class), TagScheme.IOB2, "conll: tag scheme of the files");
  public static final Setting<TagScheme> CONVERT_TO =
      Setting.optional("convert_to", choice(TagScheme.class), "conll: convert tags to this scheme when preparing");
  public static final Setting<String> SOURCE_LANG =
      Setting.optional("source_lang", text(), "parallel: suffix of source files (train.<source_lang>); tsv/toy: optional language name");
  public static final Setting<String> TARGET_LANG =
      Setting.optional("target_lang", text(), "parallel: suffix of target files (train.<target_lang>); every translation format: suffix of prediction files");
  public static final Setting<Integer> SOURCE_COLUMN =
      Setting.of("source_column", integer(0), 0, "tsv: 0-based column of the source sentence");
  public static final Setting<Integer> TARGET_COLUMN =
      Setting.of("target_column", integer(0), 1, "tsv: 0-based column of the target sentence");

  public static final SectionSchema SCHEMA =
      SectionSchema.of(
              "data",
              "Where the corpus is and how to read it",
              FORMAT, DIR, TRAIN, DEV, TEST, COLUMN, WORD_COLUMN, TAG_COLUMN, SCHEME, CONVERT_TO,
              SOURCE_LANG, TARGET_LANG, SOURCE_COLUMN, TARGET_COLUMN)
          .with(SplitSection.SCHEMA, ToySection.SCHEMA);

  public static DataSection from(SectionValues v) {
    return new DataSection(
        v.get(FORMAT),
        v.get(DIR),
        v.optional(TRAIN).orElse(NO_FILE),
        v.optional(DEV),
        v.optional(TEST),
        v.get(COLUMN),
        v.get(WORD_COLUMN),
        v.get(TAG_COLUMN),
        v.get(SCHEME),
        v.optional(CONVERT_TO),
        v.optional(SOURCE_LANG),
        v.optional(TARGET_LANG),
        v.get(SOURCE_COLUMN),
        v.get(TARGET_COLUMN),
        SplitSection.from(v.section(SplitSection.SCHEMA.name())),
        ToySection.from(v.section(ToySection.SCHEMA.name())));
  }

  /** {@code data.split}: a seeded split of a corpus without dev/test files. */
  public record SplitSection(double dev, double test, Grouping groupBy) {

    /** What keeps pairs together across the split. */
    public enum Grouping {
      /** Items with the same source sentence land in the same split. */
      SOURCE,
      /** Items are split independently. */
      NONE
    }

    /** Largest fraction one held-out split may take. */
    public static final double MAX_FRACTION = 0.5;

    public static final Setting<Double> DEV_FRACTION =
        Setting.of("dev", number(0, MAX_FRACTION), 0.0, "Fraction of train held out as dev (when data.dev is unset)");
    public static final Setting<Double> TEST_FRACTION =
        Setting.of("test", number(0, MAX_FRACTION), 0.0, "Fraction of train held out as test (when data.test is unset)");
    public static final Setting<Grouping> GROUP_BY =
        Setting.of("group_by", choice(Grouping.class), Grouping.SOURCE, "Keep items with the same source sentence in one split");

    public static final SectionSchema SCHEMA =
        SectionSchema.of("split", "Seeded split of an unsplit corpus", DEV_FRACTION, TEST_FRACTION, GROUP_BY);

    static SplitSection from(SectionValues v) {
      return new SplitSection(v.get(DEV_FRACTION), v.get(TEST_FRACTION), v.get(GROUP_BY));
    }

    /** Whether any split is requested. */
    public boolean isActive() {
      return dev > 0 || test > 0;
    }
  }
}
