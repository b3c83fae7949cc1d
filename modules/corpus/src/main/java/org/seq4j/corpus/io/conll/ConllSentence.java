package org.seq4j.corpus.io.conll;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.seq4j.corpus.TaggedSentence;

/**
 * One sentence of a CoNLL column file with what is needed to write it back byte for byte: the
 * document-start line that preceded it (CoNLL-2003's {@code -DOCSTART-}, a document boundary, not a
 * sentence), comment lines, the tokens, and the whitespace-only line that ended it ({@code ""} for
 * an empty line; WNUT-17's train file often uses a lone TAB). Immutable.
 *
 * <p>A sentence without tokens only occurs as a carrier for a document-start line with no sentence
 * after it (an empty document, or a marker at the end of the file).
 *
 * @param documentStart the document-start line before this sentence, as columns
 * @param comments comment lines, verbatim
 * @param tokens the token lines
 * @param boundaryLine the blank or whitespace-only line that followed the sentence
 */
public record ConllSentence(
    Optional<ConllToken> documentStart, List<String> comments, List<ConllToken> tokens, String boundaryLine) {

  /** Tag given to a document-start line when a prediction column is appended. */
  public static final String OUTSIDE_TAG = "O";

  public ConllSentence {
    Objects.requireNonNull(documentStart, "documentStart");
    comments = List.copyOf(comments);
    tokens = List.copyOf(tokens);
    Objects.requireNonNull(boundaryLine, "boundaryLine");
    if (!ColumnSeparator.isBlankLine(boundaryLine)) {
      throw new IllegalArgumentException("boundary line must be blank or whitespace-only");
    }
    if (tokens.isEmpty() && documentStart.isEmpty()) {
      throw new IllegalArgumentException("a sentence needs tokens (or a document-start line)");
    }
  }

  /** A plain sentence: no document start, no comments, ended by an empty line. */
  public static ConllSentence of(List<ConllToken> tokens) {
    return new ConllSentence(Optional.empty(), List.of(), tokens, "");
  }

  public int size() {
    return tokens.size();
  }

  /** True if a document starts right before this sentence. */
  public boolean startsDocument() {
    return documentStart.isPresent();
  }

  /** The words, read from {@code format}'s word column. */
  public List<String> words(ConllColumnFormat format) {
    return column(format.wordColumn());
  }

  /** All values of one 0-based column. */
  public List<String> column(int index) {
    return tokens.stream().map(t -> t.column(index)).toList();
  }

  /**
   * Words and tags from {@code format}'s columns.
   *
   * @throws IllegalStateException if the format has no tag column
   */
  public TaggedSentence tagged(ConllColumnFormat format) {
    int tag = format.tagColumn().orElseThrow(() -> new IllegalStateException("format has no tag column"));
    return new TaggedSentence(words(format), column(tag));
  }

  /**
   * A copy with one more column: {@code values} on the tokens (e.g. predicted tags, for
   * conlleval), {@link #OUTSIDE_TAG} on the document-start line so every line keeps the same
   * number of columns. This sentence is unchanged.
   */
  public ConllSentence withAppendedColumn(List<String> values) {
    if (values.size() != tokens.size()) {
      throw new IllegalArgumentException("expected " + tokens.size() + " values, one per token, got " + values.size());
    }
    List<ConllToken> extended = new ArrayList<>(tokens.size());
    for (int i = 0; i < tokens.size(); i++) {
      extended.add(tokens.get(i).withAppendedColumn(values.get(i)));
    }
    return new ConllSentence(
        documentStart.map(d -> d.withAppendedColumn(OUTSIDE_TAG)), comments, extended, boundaryLine);
  }

  /**
   * A copy with column {@code index} of every token replaced by {@code values} (e.g. predicted
   * tags in place of the gold ones); document-start line, comments and boundary line unchanged.
   * This sentence is unchanged.
   */
  public ConllSentence withColumn(int index, List<String> values) {
    if (values.size() != tokens.size()) {
      throw new IllegalArgumentException("expected " + tokens.size() + " values, one per token, got " + values.size());
    }
    List<ConllToken> changed = new ArrayList<>(tokens.size());
    for (int i = 0; i < tokens.size(); i++) {
      changed.add(tokens.get(i).withColumn(index, values.get(i)));
    }
    return new ConllSentence(documentStart, comments, changed, boundaryLine);
  }
}
