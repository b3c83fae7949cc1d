package org.seq4j.corpus.io.conllu;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.seq4j.corpus.TaggedSentence;

/**
 * One CoNLL-U sentence with full fidelity: its comment lines verbatim (including the leading
 * {@code #}) and its rows (words, multiword-token ranges, empty nodes) in file order. Immutable;
 * the {@code with...} methods return new sentences.
 *
 * @param comments comment lines such as {@code # sent_id = ...}, exactly as in the file
 * @param rows every non-comment line in file order
 */
public record ConllUSentence(List<String> comments, List<ConllURow> rows) {

  private static final String SENT_ID_KEY = "sent_id";
  private static final String TEXT_KEY = "text";

  public ConllUSentence {
    comments = List.copyOf(comments);
    rows = List.copyOf(rows);
  }

  /** The syntactic words (integer IDs) in order, without ranges and empty nodes. */
  public List<ConllURow> words() {
    List<ConllURow> words = new ArrayList<>(rows.size());
    for (ConllURow row : rows) {
      if (row.isWord()) {
        words.add(row);
      }
    }
    return List.copyOf(words);
  }

  /** Number of syntactic words (integer IDs). */
  public int wordCount() {
    int count = 0;
    for (ConllURow row : rows) {
      if (row.isWord()) {
        count++;
      }
    }
    return count;
  }

  /** The FORM of every syntactic word. */
  public List<String> forms() {
    return words().stream().map(ConllURow::form).toList();
  }

  /** The sentence as words with one tag column, for POS tagging (integer-ID words only). */
  public TaggedSentence tagged(ConllUTagColumn column) {
    List<ConllURow> words = words();
    return new TaggedSentence(
        words.stream().map(ConllURow::form).toList(), words.stream().map(w -> w.tag(column)).toList());
  }

  /**
   * A copy whose words carry {@code tags} in {@code column} (e.g. a tagger's predictions); ranges,
   * empty nodes, comments and all other columns are kept. This sentence is unchanged.
   *
   * @throws IllegalArgumentException if there is not exactly one tag per syntactic word
   */
  public ConllUSentence withTags(ConllUTagColumn column, List<String> tags) {
    if (tags.size() != wordCount()) {
      throw new IllegalArgumentException(
          "expected " + wordCount() + " tags, one per word, got " + tags.size());
    }
    List<ConllURow> tagged = new ArrayList<>(rows.size());
    int next = 0;
    for (ConllURow row : rows) {
      tagged.add(row.isWord() ? row.withTag(column, tags.get(next++)) : row);
    }
    return new ConllUSentence(comments, tagged);
  }

  /** The value of the {@code # sent_id = ...} comment, if present. */
  public Optional<String> sentId() {
    return commentValue(SENT_ID_KEY);
  }

  /** The value of the {@code # text = ...} comment, if present. */
  public Optional<String> text() {
    return commentValue(TEXT_KEY);
  }

  /** The value of a {@code # key = value} comment, if present. */
  public Optional<String> commentValue(String key) {
    for (String comment : comments) {
      String body = comment.substring(1).strip();
      int equals = body.indexOf('=');
      if (equals > 0 && body.substring(0, equals).strip().equals(key)) {
        return Optional.of(body.substring(equals + 1).strip());
      }
    }
    return Optional.empty();
  }
}
