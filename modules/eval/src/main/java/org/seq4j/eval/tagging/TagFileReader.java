package org.seq4j.eval.tagging;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Pattern;
import org.seq4j.eval.EvalInputException;
import org.seq4j.eval.io.Utf8LineReader;

/**
 * Reads the tokens and one tag column of a tagged file ({@link TagFileFormat}). This is the
 * evaluation module's own minimal reader: {@code eval} depends on no other seq4j module, so it does
 * not use the corpus readers. Files are read as strict UTF-8 ({@link Utf8LineReader}); a trailing
 * carriage return is dropped from each line.
 */
public final class TagFileReader {

  /** conlleval's sentence-boundary first column. */
  public static final String CONLL_BOUNDARY = "-X-";

  private static final Pattern CONLL_SEPARATOR = Pattern.compile("[ \t]+");
  private static final String CONLLU_SEPARATOR = "\t";
  private static final String CONLLU_COMMENT = "#";
  private static final int CONLLU_FORM_COLUMN = 2;

  private TagFileReader() {}

  /**
   * Reads {@code file}.
   *
   * @param column 1-based tag column; empty for the format's default (CoNLL: last column, CoNLL-U:
   *     UPOS)
   * @throws EvalInputException if the file is missing, empty, not UTF-8, holds no token, or a line
   *     has too few columns
   */
  public static TagFile read(Path file, TagFileFormat format, OptionalInt column) {
    String source = file.toString();
    List<String> lines = Utf8LineReader.readLines(file);
    List<TagColumnSentence> sentences = new ArrayList<>();
    SentenceBuilder current = new SentenceBuilder();
    for (int i = 0; i < lines.size(); i++) {
      long lineNumber = i + 1L;
      String line = stripCarriageReturn(lines.get(i));
      if (line.isBlank()) {
        current.flushInto(sentences);
        continue;
      }
      if (format == TagFileFormat.CONLLU) {
        if (line.startsWith(CONLLU_COMMENT)) {
          continue;
        }
        String[] fields = line.split(CONLLU_SEPARATOR, -1);
        int tagColumn = column.orElse(TagFileFormat.CONLLU_UPOS_COLUMN);
        requireColumns(source, lineNumber, fields.length, Math.max(tagColumn, CONLLU_FORM_COLUMN),
            "tab-separated CoNLL-U columns");
        if (isWordLine(fields[0])) {
          current.add(fields[CONLLU_FORM_COLUMN - 1], fields[tagColumn - 1], lineNumber);
        }
      } else {
        String[] fields = CONLL_SEPARATOR.split(line.strip());
        if (fields[0].equals(CONLL_BOUNDARY)) {
          current.flushInto(sentences);
          continue;
        }
        int tagColumn = column.orElse(fields.length);
        requireColumns(source, lineNumber, fields.length, tagColumn, "columns (token ... tag)");
        current.add(fields[0], fields[tagColumn - 1], lineNumber);
      }
    }
    current.flushInto(sentences);
    if (sentences.isEmpty()) {
      throw new EvalInputException(source, 0,
          "no tokens found, expected " + format.cliName() + " lines with a tag column");
    }
    return new TagFile(source, sentences);
  }

  private static void requireColumns(
      String source, long line, int found, int needed, String what) {
    if (found < needed) {
      throw new EvalInputException(source, line,
          "expected at least " + needed + " " + what + ", found " + found);
    }
  }

  /** CoNLL-U word lines have an integer ID; ranges ({@code 3-4}) and empty nodes ({@code 5.1}) do not. */
  private static boolean isWordLine(String id) {
    return !id.contains("-") && !id.contains(".");
  }

  private static String stripCarriageReturn(String line) {
    return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
  }

  /** Collects the tokens of the sentence being read; confined to one {@link #read} call. */
  private static final class SentenceBuilder {
    private final List<String> tokens = new ArrayList<>();
    private final List<String> tags = new ArrayList<>();
    private final List<Long> lines = new ArrayList<>();

    void add(String token, String tag, long line) {
      tokens.add(token);
      tags.add(tag);
      lines.add(line);
    }

    void flushInto(List<TagColumnSentence> sentences) {
      if (!tokens.isEmpty()) {
        sentences.add(new TagColumnSentence(sentences.size() + 1, tokens, tags, lines));
        tokens.clear();
        tags.clear();
        lines.clear();
      }
    }
  }
}
