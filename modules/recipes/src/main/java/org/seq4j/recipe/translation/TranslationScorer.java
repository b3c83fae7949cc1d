package org.seq4j.recipe.translation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.seq4j.eval.bleu.Bleu;
import org.seq4j.eval.bleu.BleuOptions;
import org.seq4j.eval.chrf.Chrf;
import org.seq4j.eval.chrf.ChrfOptions;
import org.seq4j.eval.report.LengthBuckets;
import org.seq4j.eval.report.SentenceScore;
import org.seq4j.eval.report.SentenceScores;
import org.seq4j.eval.text.TextSegment;

/**
 * Scores one split's detokenized hypotheses against its original references, sacreBLEU-exact:
 * {@value #BLEU} is 13a BLEU <em>lowercased</em> (the contract: comparable across recipes
 * that lowercase while preparing and ones that do not), {@value #BLEU_CASED} the same with case,
 * {@value #CHRF} sacreBLEU's default chrF2, and for toy tasks {@value #EXACT_MATCH}, the
 * percentage of hypotheses equal to their reference. Sentence scores are sentence BLEU (lowercased,
 * effective order as sacreBLEU recommends for single sentences; a sentence's id is its 1-based line
 * number in the split), and corpus BLEU per source-length bucket ({@link SourceLengthBuckets}).
 * Immutable and thread-safe.
 */
public final class TranslationScorer {
  public static final String BLEU = "bleu";
  public static final String BLEU_CASED = "bleu_cased";
  public static final String CHRF = "chrf";
  public static final String EXACT_MATCH = "exact_match";
  /** The extra sentences.csv column naming a sentence's source-length bucket. */
  public static final String LENGTH_BUCKET_COLUMN = "length_bucket";
  private static final double PERCENT = 100.0;
  private static final int SINGLE_REFERENCE = 1;

  private final Bleu bleu = new Bleu(BleuOptions.defaults().withLowercase(true));
  private final Bleu casedBleu = new Bleu(BleuOptions.defaults());
  private final Bleu sentenceBleu = new Bleu(BleuOptions.defaults().withLowercase(true).withEffectiveOrder(true));
  private final Chrf chrf = new Chrf(ChrfOptions.defaults());
  private final boolean scoreBleu;
  private final boolean scoreChrf;
  private final boolean exactMatch;

  /**
   * @param scoreBleu report {@value #BLEU} and {@value #BLEU_CASED}
   * @param scoreChrf report {@value #CHRF}
   * @param exactMatch report {@value #EXACT_MATCH} (toy tasks)
   */
  public TranslationScorer(boolean scoreBleu, boolean scoreChrf, boolean exactMatch) {
    this.scoreBleu = scoreBleu;
    this.scoreChrf = scoreChrf;
    this.exactMatch = exactMatch;
  }

  /**
   * One split's scores.
   *
   * @param split split name ({@code test})
   * @param sources original source sentences (for sentences.csv)
   * @param sourceLengths source lengths in words (for the length buckets)
   * @param references original reference sentences
   * @param hypotheses detokenized hypotheses, one per reference
   */
  public SplitScores score(String split, List<String> sources, List<Integer> sourceLengths, List<String> references,
      List<String> hypotheses) {
    if (hypotheses.size() != references.size() || sources.size() != references.size()
        || sourceLengths.size() != references.size()) {
      throw new IllegalArgumentException(split + ": " + hypotheses.size() + " hypotheses, " + references.size()
          + " references, " + sources.size() + " sources, " + sourceLengths.size() + " source lengths");
    }
    List<TextSegment> segments = new ArrayList<>(hypotheses.size());
    for (int i = 0; i < hypotheses.size(); i++) {
      segments.add(TextSegment.of(hypotheses.get(i), references.get(i)));
    }
    Map<String, Double> metrics = new LinkedHashMap<>();
    Map<String, String> signatures = new LinkedHashMap<>();
    if (scoreBleu) {
      metrics.put(BLEU, bleu.evaluateCorpus(segments).score());
      metrics.put(BLEU_CASED, casedBleu.evaluateCorpus(segments).score());
      signatures.put(BLEU, bleu.signature(SINGLE_REFERENCE).format());
      signatures.put(BLEU_CASED, casedBleu.signature(SINGLE_REFERENCE).format());
    }
    if (scoreChrf) {
      metrics.put(CHRF, chrf.evaluateCorpus(segments).score());
      signatures.put(CHRF, chrf.signature(SINGLE_REFERENCE).format());
    }
    if (exactMatch) {
      metrics.put(EXACT_MATCH, exactMatch(segments));
    }
    SourceLengthBuckets buckets = SourceLengthBuckets.of(sourceLengths);
    List<SentenceScore> rows = new ArrayList<>(segments.size());
    for (int i = 0; i < segments.size(); i++) {
      rows.add(new SentenceScore(Integer.toString(i + 1), sources.get(i), references.get(i), hypotheses.get(i),
          sentenceBleu.evaluateSentence(segments.get(i)).score(),
          Map.of(LENGTH_BUCKET_COLUMN, buckets.labelOf(sourceLengths.get(i)))));
    }
    List<LengthBuckets> byLength = new ArrayList<>();
    if (scoreBleu) {
      byLength.add(buckets.scores(BLEU, split, segments, sourceLengths, s -> bleu.evaluateCorpus(s).score()));
    }
    if (exactMatch) {
      byLength.add(buckets.scores(EXACT_MATCH, split, segments, sourceLengths, TranslationScorer::exactMatch));
    }
    return new SplitScores(split, metrics, signatures, new SentenceScores(BLEU, split, rows), byLength);
  }

  /** Percentage of hypotheses equal to their reference (surrounding whitespace aside); 0 for none. */
  static double exactMatch(List<TextSegment> segments) {
    if (segments.isEmpty()) {
      return 0.0;
    }
    long exact = segments.stream()
        .filter(s -> s.hypothesis().strip().equals(s.presentReferences().get(0).strip())).count();
    return PERCENT * exact / segments.size();
  }
}
