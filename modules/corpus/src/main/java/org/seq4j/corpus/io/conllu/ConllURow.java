package org.seq4j.corpus.io.conllu;

import java.util.Objects;

/**
 * One non-comment line of a CoNLL-U sentence with all ten columns kept verbatim: a syntactic word,
 * a multiword-token range or an empty node (see {@link ConllUId.Kind}). Columns other than the ID
 * stay strings ({@code _} included) because range and empty-node lines leave HEAD and others
 * unspecified, and keeping the text is what makes round trips exact. Immutable.
 */
public record ConllURow(
    ConllUId id,
    String form,
    String lemma,
    String upos,
    String xpos,
    String feats,
    String head,
    String deprel,
    String deps,
    String misc) {

  /** Number of tab-separated columns on every CoNLL-U word line. */
  public static final int COLUMN_COUNT = 10;

  /** The placeholder for an unspecified field. */
  public static final String UNSPECIFIED = "_";

  public ConllURow {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(form, "form");
    Objects.requireNonNull(lemma, "lemma");
    Objects.requireNonNull(upos, "upos");
    Objects.requireNonNull(xpos, "xpos");
    Objects.requireNonNull(feats, "feats");
    Objects.requireNonNull(head, "head");
    Objects.requireNonNull(deprel, "deprel");
    Objects.requireNonNull(deps, "deps");
    Objects.requireNonNull(misc, "misc");
  }

  /** True for a syntactic word (integer ID), the unit taggers and word counts use. */
  public boolean isWord() {
    return id.isWord();
  }

  /** The value of a tag column. */
  public String tag(ConllUTagColumn column) {
    return column == ConllUTagColumn.UPOS ? upos : xpos;
  }

  /** A copy with one tag column replaced; this row is unchanged. */
  public ConllURow withTag(ConllUTagColumn column, String tag) {
    return column == ConllUTagColumn.UPOS
        ? new ConllURow(id, form, lemma, tag, xpos, feats, head, deprel, deps, misc)
        : new ConllURow(id, form, lemma, upos, tag, feats, head, deprel, deps, misc);
  }

  /** The line as written in a CoNLL-U file (no terminator). */
  public String toLine() {
    return String.join("\t", id.toString(), form, lemma, upos, xpos, feats, head, deprel, deps, misc);
  }
}
