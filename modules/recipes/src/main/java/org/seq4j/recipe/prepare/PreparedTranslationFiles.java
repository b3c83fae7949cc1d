package org.seq4j.recipe.prepare;

import java.nio.file.Path;
import org.seq4j.recipe.section.Split;

/**
 * The file names of prepared translation data inside a prepare output directory, the contract
 * between the prepare stage and the train/evaluate stages.
 *
 * <p>{@code <split>.src}/{@code <split>.tgt} hold the model's view of each kept pair: tokens joined
 * by single spaces, normalized, BPE-segmented when configured. {@code <split>.raw.src}/{@code
 * <split>.raw.tgt} hold the same pairs, line by line, exactly as they were read (before
 * tokenization, normalization and BPE): the evaluate stage scores detokenized hypotheses against
 * these original references, as sacreBLEU expects, and shows the original sources in reports.
 * Design: the original text is written at preparation time because filtering and seeded splitting
 * decide which original lines end up in which split; re-deriving that later would duplicate the
 * preparation logic.
 */
public final class PreparedTranslationFiles {
  public static final String SOURCE_SUFFIX = ".src";
  public static final String TARGET_SUFFIX = ".tgt";
  /** Infix of the original-text files: {@code test.raw.src}. */
  public static final String RAW_INFIX = ".raw";
  public static final String SOURCE_VOCAB_FILE = "vocab.src";
  public static final String TARGET_VOCAB_FILE = "vocab.tgt";
  public static final String SHARED_VOCAB_FILE = "vocab.shared";
  /** BPE merges learned on train; present only when {@code prepare.bpe_merges > 0}. */
  public static final String BPE_CODES_FILE = "bpe.codes";

  private PreparedTranslationFiles() {}

  /** The prepared (tokenized, normalized, BPE-segmented) source file of a split. */
  public static Path source(Path preparedDir, Split split) {
    return preparedDir.resolve(split.id() + SOURCE_SUFFIX);
  }

  /** The prepared target file of a split. */
  public static Path target(Path preparedDir, Split split) {
    return preparedDir.resolve(split.id() + TARGET_SUFFIX);
  }

  /** The original source text of a split's kept pairs. */
  public static Path rawSource(Path preparedDir, Split split) {
    return preparedDir.resolve(split.id() + RAW_INFIX + SOURCE_SUFFIX);
  }

  /** The original target text (the references) of a split's kept pairs. */
  public static Path rawTarget(Path preparedDir, Split split) {
    return preparedDir.resolve(split.id() + RAW_INFIX + TARGET_SUFFIX);
  }
}
