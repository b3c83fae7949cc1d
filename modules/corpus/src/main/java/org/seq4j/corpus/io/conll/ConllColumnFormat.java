package org.seq4j.corpus.io.conll;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Describes a CoNLL column file: how columns are separated, which (0-based) column holds the word
 * and which the tag, and the optional document-start marker and comment prefix. Immutable; the
 * {@code with...} methods return modified copies.
 *
 * <p>Design: comments are off unless configured, because in tweets a token line may well start
 * with {@code #}; the document marker is matched against the first column only.
 *
 * @param separator how columns are separated
 * @param wordColumn 0-based index of the word column
 * @param tagColumn 0-based index of the tag column; empty for unlabelled input
 * @param documentStartMarker first-column value of document-start lines ({@code -DOCSTART-})
 * @param commentPrefix prefix of comment lines ({@code #}), kept verbatim
 */
public record ConllColumnFormat(
    ColumnSeparator separator,
    int wordColumn,
    OptionalInt tagColumn,
    Optional<String> documentStartMarker,
    Optional<String> commentPrefix) {

  /** The CoNLL-2003 document marker. */
  public static final String DOCSTART = "-DOCSTART-";

  /** CoNLL-2003 NER: {@code word POS chunk NER}, space-separated, with {@code -DOCSTART-} lines. */
  public static final ConllColumnFormat CONLL2003 =
      new ConllColumnFormat(ColumnSeparator.WHITESPACE, 0, OptionalInt.of(3), Optional.of(DOCSTART), Optional.empty());

  /** Two tab-separated columns {@code word<TAB>tag}, as in WNUT-17. */
  public static final ConllColumnFormat WORD_TAB_TAG =
      new ConllColumnFormat(ColumnSeparator.TAB, 0, OptionalInt.of(1), Optional.empty(), Optional.empty());

  /** Universal NER (UNER) files: {@code ID FORM TAG - annotator} with {@code #} comments. */
  public static final ConllColumnFormat UNER =
      new ConllColumnFormat(ColumnSeparator.TAB, 1, OptionalInt.of(2), Optional.empty(), Optional.of("#"));

  public ConllColumnFormat {
    Objects.requireNonNull(separator, "separator");
    Objects.requireNonNull(tagColumn, "tagColumn");
    Objects.requireNonNull(documentStartMarker, "documentStartMarker");
    Objects.requireNonNull(commentPrefix, "commentPrefix");
    if (wordColumn < 0 || (tagColumn.isPresent() && tagColumn.getAsInt() < 0)) {
      throw new IllegalArgumentException("column indexes must be >= 0");
    }
    if (tagColumn.isPresent() && tagColumn.getAsInt() == wordColumn) {
      throw new IllegalArgumentException("word and tag column must differ, both are " + wordColumn);
    }
    if (commentPrefix.isPresent() && commentPrefix.get().isEmpty()) {
      throw new IllegalArgumentException("comment prefix must not be empty");
    }
  }

  /** Number of columns a token line needs so that the word and tag columns exist. */
  public int minimumColumns() {
    return Math.max(wordColumn, tagColumn.orElse(wordColumn)) + 1;
  }

  public ConllColumnFormat withSeparator(ColumnSeparator newSeparator) {
    return new ConllColumnFormat(newSeparator, wordColumn, tagColumn, documentStartMarker, commentPrefix);
  }

  public ConllColumnFormat withColumns(int newWordColumn, int newTagColumn) {
    return new ConllColumnFormat(
        separator, newWordColumn, OptionalInt.of(newTagColumn), documentStartMarker, commentPrefix);
  }

  public ConllColumnFormat withoutTagColumn() {
    return new ConllColumnFormat(separator, wordColumn, OptionalInt.empty(), documentStartMarker, commentPrefix);
  }

  public ConllColumnFormat withDocumentStartMarker(String marker) {
    return new ConllColumnFormat(separator, wordColumn, tagColumn, Optional.of(marker), commentPrefix);
  }

  public ConllColumnFormat withCommentPrefix(String prefix) {
    return new ConllColumnFormat(separator, wordColumn, tagColumn, documentStartMarker, Optional.of(prefix));
  }
}
