package org.seq4j.recipe.embed;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One entry of {@code embed.text_files}: a file and how to get tokens out of it. An entry is
 * {@code [FORMAT:[COLUMN:]]FILE}:
 * <ul>
 *   <li>{@code conllu:FILE}: CoNLL-U, the FORM of every syntactic word (integer IDs; multiword
 *       token ranges and empty nodes are skipped), as the tagger sees EWT;</li>
 *   <li>{@code conll:FILE} or {@code conll:N:FILE}: CoNLL columns separated by blanks, blank lines
 *       between sentences, {@code -DOCSTART-} lines skipped, the word in 0-based column N (default
 *       0), read as {@code data.format: conll} reads it;</li>
 *   <li>{@code tsv:FILE} or {@code tsv:N:FILE}: one sentence per line in 0-based tab-separated
 *       column N (default 0), e.g. one side of a Tatoeba pair file, tokenized with {@code
 *       embed.tokenizer};</li>
 *   <li>{@code text:FILE}: one sentence per line, tokenized with {@code embed.tokenizer}.</li>
 * </ul>
 * Without a prefix the extension decides: {@code .conllu} and {@code .conll} as above, anything else
 * is {@code text}, so an entry written before the prefixes existed keeps its meaning.
 *
 * <p>Design: the format is part of each entry (as {@code stopwords:FILE} is in {@code
 * prepare.normalize}) rather than one setting for all, because a recipe mixes formats: the
 * harness-measured EWT vectors come from a CoNLL-U treebank, a CoNLL NER file, raw parallel text and a
 * tab-separated pair file together.
 *
 * @param format how the file is read
 * @param column 0-based word column (conll) or text column (tsv); 0 for the other formats
 * @param file the file name as written, relative to the working directory
 */
public record TextSource(Format format, int column, String file) {
  /** The entry syntax, for error messages and documentation. */
  public static final String SYNTAX = "[conllu:|conll[:N]:|tsv[:N]:|text:]FILE";
  private static final char SEPARATOR = ':';

  /** How a text file is read. */
  public enum Format {
    CONLLU(".conllu", false, false),
    CONLL(".conll", true, false),
    TSV(null, true, true),
    TEXT(null, false, true);

    private final String extension;
    private final boolean hasColumn;
    private final boolean raw;

    Format(String extension, boolean hasColumn, boolean raw) {
      this.extension = extension;
      this.hasColumn = hasColumn;
      this.raw = raw;
    }

    /** The prefix as recipes write it, without the colon. */
    public String prefix() {
      return name().toLowerCase(Locale.ROOT);
    }

    /** Whether the lines are untokenized text that {@code embed.tokenizer} splits. */
    public boolean isRaw() {
      return raw;
    }
  }

  public TextSource {
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(file, "file");
    if (column < 0 || (column > 0 && !format.hasColumn)) {
      throw new IllegalArgumentException("bad column " + column + " for " + format.prefix());
    }
  }

  /**
   * Parses one {@code embed.text_files} entry; only the four format names count as prefixes, so any
   * other name, colons included, is a file name.
   *
   * @throws IllegalArgumentException when a prefix leaves no file name
   */
  public static TextSource parse(String entry) {
    int colon = entry.indexOf(SEPARATOR);
    Format prefixed = colon > 0 ? byPrefix(entry.substring(0, colon)) : null;
    if (prefixed == null) {
      return new TextSource(byExtension(entry), 0, entry);
    }
    String rest = entry.substring(colon + 1);
    int column = 0;
    int next = rest.indexOf(SEPARATOR);
    if (prefixed.hasColumn && next > 0 && rest.substring(0, next).chars().allMatch(Character::isDigit)) {
      column = Integer.parseInt(rest.substring(0, next));
      rest = rest.substring(next + 1);
    }
    if (rest.isEmpty()) {
      throw new IllegalArgumentException("'" + entry + "' names no file; expected " + SYNTAX);
    }
    return new TextSource(prefixed, column, rest);
  }

  /**
   * Whether any of these entries is read as raw text, i.e. uses {@code embed.tokenizer}. A malformed
   * entry counts as not raw here; resolving the files before a run starts reports it with its key.
   */
  public static boolean anyRaw(List<String> entries) {
    for (String entry : entries) {
      try {
        if (parse(entry).format().isRaw()) {
          return true;
        }
      } catch (IllegalArgumentException malformed) {
        // reported by EmbeddingTexts.files, with the key's line
      }
    }
    return false;
  }

  private static Format byPrefix(String prefix) {
    for (Format f : Format.values()) {
      if (f.prefix().equals(prefix)) {
        return f;
      }
    }
    return null;
  }

  private static Format byExtension(String file) {
    for (Format f : Format.values()) {
      if (f.extension != null && file.endsWith(f.extension)) {
        return f;
      }
    }
    return Format.TEXT;
  }
}
