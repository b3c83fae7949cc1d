package org.seq4j.recipe.prepare;

/**
 * The top-level keys of stats.json (and of report.json's {@code corpus}, which is a copy):
 *
 * <ul>
 *   <li>{@code task}, {@code format} and the tag scheme or tokenizer: plain strings;
 *   <li>{@value #SPLITS}: per split, plain numbers only ({@link SplitOverview}): {@code
 *       sentences} and {@code words} (CoNLL-U) or {@code tokens} (CoNLL) for tagging, {@code
 *       pairs} and {@code source_tokens}/{@code target_tokens} for translation, types, OOV rate;
 *   <li>{@value #FILTERED}: per input file, what the filter chain read, kept and dropped by reason
 *       ({@link org.seq4j.corpus.filter.FilterReport#toMap()}; {@code input} is the count read);
 *   <li>{@value #BATCHING}: per split, the batch plan training will use ({@link BatchingStats});
 *   <li>{@value #VOCABULARY}: vocabulary sizes; {@code bpe}: BPE merges, when learned;
 *   <li>{@value #DETAILS}: the corpus module's full statistics ({@link
 *       org.seq4j.corpus.stats.CorpusStats#toMap()}): per side lengths, histograms, OOV, labels.
 * </ul>
 *
 * <p>Design: the headline numbers are one flat table per split so that a reader (a person, a
 * script, the report's corpus table) gets them without knowing the nested layout; everything else
 * is grouped by what produced it, so each part keeps its owner's documented shape.
 */
public final class PreparedStats {
  public static final String SPLITS = "splits";
  public static final String FILTERED = "filtered";
  public static final String BATCHING = "batching";
  public static final String VOCABULARY = "vocabulary";
  public static final String DETAILS = "details";

  private PreparedStats() {}
}
