package org.seq4j.recipe.translation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.seq4j.corpus.BadInputException;
import org.seq4j.corpus.SentencePair;
import org.seq4j.corpus.io.parallel.ParallelTextReader;
import org.seq4j.recipe.prepare.PreparedTranslationFiles;
import org.seq4j.recipe.section.Split;

/**
 * One split of prepared translation data, read from a prepare output directory ({@link
 * PreparedTranslationFiles}): the model's view of each pair (tokenized, normalized, BPE-segmented)
 * and, line by line, the same pairs' original text. Immutable.
 *
 * @param split which split
 * @param pairs the prepared pairs, tokens joined by single spaces
 * @param rawSources the original source sentences
 * @param references the original target sentences, the references hypotheses are scored against
 */
public record PreparedSplit(Split split, List<SentencePair> pairs, List<String> rawSources, List<String> references) {

  public PreparedSplit {
    pairs = List.copyOf(pairs);
    rawSources = List.copyOf(rawSources);
    references = List.copyOf(references);
    if (rawSources.size() != pairs.size() || references.size() != pairs.size()) {
      throw new IllegalArgumentException("split " + split.id() + ": " + pairs.size() + " prepared pairs but "
          + rawSources.size() + " original sources and " + references.size() + " references");
    }
  }

  /** Whether the prepare stage wrote this split. */
  public static boolean exists(Path preparedDir, Split split) {
    return Files.isRegularFile(PreparedTranslationFiles.source(preparedDir, split));
  }

  /**
   * Reads a split.
   *
   * @throws BadInputException naming the file when the prepared and original files disagree in length
   */
  public static PreparedSplit read(Path preparedDir, Split split) throws IOException {
    List<SentencePair> pairs = ParallelTextReader.readAll(PreparedTranslationFiles.source(preparedDir, split),
        PreparedTranslationFiles.target(preparedDir, split));
    Path rawSource = PreparedTranslationFiles.rawSource(preparedDir, split);
    List<SentencePair> raw = ParallelTextReader.readAll(rawSource, PreparedTranslationFiles.rawTarget(preparedDir, split));
    if (raw.size() != pairs.size()) {
      throw new BadInputException(rawSource.toString(), BadInputException.NO_LINE, "expected " + pairs.size()
          + " lines, one per line of " + PreparedTranslationFiles.source(preparedDir, split).getFileName() + "; found "
          + raw.size() + " (prepare again)");
    }
    return new PreparedSplit(split, pairs, raw.stream().map(SentencePair::source).toList(),
        raw.stream().map(SentencePair::target).toList());
  }

  /** The prepared source sentences, the model's input. */
  public List<String> sources() {
    return pairs.stream().map(SentencePair::source).toList();
  }

  public int size() {
    return pairs.size();
  }
}
