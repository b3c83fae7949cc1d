package org.seq4j.recipe.embed;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Consumer;
import org.seq4j.corpus.io.Utf8LineReader;
import org.seq4j.corpus.io.conll.ColumnSeparator;
import org.seq4j.corpus.io.conll.ConllColumnFormat;
import org.seq4j.corpus.io.conll.ConllReader;
import org.seq4j.corpus.io.conll.ConllSentence;
import org.seq4j.corpus.io.conllu.ConllUReader;
import org.seq4j.corpus.io.conllu.ConllUSentence;
import org.seq4j.corpus.tokenize.Tokenizer;

/**
 * Reads the sentences of one {@link TextSource} as token lists, in file order, skipping empty
 * ones. Malformed input is a {@link org.seq4j.corpus.BadInputException} naming the file and line
 * (the corpus module's readers; for tsv, a line without the requested column).
 */
final class TextSourceReader {
  private TextSourceReader() {}

  /**
   * Streams the sentences of {@code source} (resolved to {@code file}) into {@code sentences}.
   *
   * @param tokenizer splits the lines of raw-text formats (tsv, text); CoNLL files are tokenized
   */
  static void read(TextSource source, Path file, Tokenizer tokenizer, Consumer<List<String>> sentences)
      throws IOException {
    switch (source.format()) {
      case CONLLU -> readConllU(file, sentences);
      case CONLL -> readConll(file, source.column(), sentences);
      case TSV, TEXT -> readLines(source, file, tokenizer, sentences);
    }
  }

  private static void readConllU(Path file, Consumer<List<String>> sentences) throws IOException {
    try (ConllUReader reader = ConllUReader.open(file)) {
      for (ConllUSentence s = reader.read(); s != null; s = reader.read()) {
        accept(s.forms(), sentences);
      }
    }
  }

  /** The same column format the prepare stage reads {@code data.format: conll} with, minus the tag column. */
  private static void readConll(Path file, int wordColumn, Consumer<List<String>> sentences) throws IOException {
    ConllColumnFormat format = new ConllColumnFormat(ColumnSeparator.WHITESPACE, wordColumn, OptionalInt.empty(),
        Optional.of(ConllColumnFormat.DOCSTART), Optional.empty());
    try (ConllReader reader = ConllReader.open(file, format)) {
      for (ConllSentence s = reader.read(); s != null; s = reader.read()) {
        accept(s.words(format), sentences);
      }
    }
  }

  private static void readLines(TextSource source, Path file, Tokenizer tokenizer, Consumer<List<String>> sentences)
      throws IOException {
    try (Utf8LineReader lines = Utf8LineReader.open(file)) {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        if (line.isBlank()) {
          continue;
        }
        String text = line;
        if (source.format() == TextSource.Format.TSV) {
          List<String> columns = ColumnSeparator.TAB.split(line);
          if (columns.size() <= source.column()) {
            throw lines.error("expected at least " + (source.column() + 1) + " tab-separated columns (text in column "
                + source.column() + ", 0-based, from embed.text_files " + TextSource.Format.TSV.prefix() + ":"
                + source.column() + ":...), found " + columns.size());
          }
          text = columns.get(source.column());
        }
        accept(tokenizer.tokenize(text), sentences);
      }
    }
  }

  private static void accept(List<String> words, Consumer<List<String>> sentences) {
    if (!words.isEmpty()) {
      sentences.accept(words);
    }
  }
}
