package org.seq4j.eval.bleu;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.seq4j.eval.Metric;
import org.seq4j.eval.text.PythonFormat;
import org.seq4j.eval.text.PythonText;
import org.seq4j.eval.text.SegmentChunks;
import org.seq4j.eval.text.Signature;
import org.seq4j.eval.text.TextSegment;

/**
 * BLEU exactly as sacreBLEU 2.6.0 computes it: corpus BLEU, sentence BLEU, statistics for
 * resampling, and the signature.
 *
 * <p>Preprocessing per line, as sacreBLEU: Python {@code lower()} if lowercasing, then {@code
 * rstrip()}, then the tokenizer; tokens are the result split on Python whitespace. Several
 * references per segment are supported; a {@code null} reference is absent, an empty one is a
 * 0-token reference. This class is immutable and thread-safe, and never modifies its inputs.
 *
 * <p>As a {@link Metric}, a segment's statistics are sacreBLEU's flat list {@code [sys_len,
 * ref_len, matches_1..4, totals_1..4]} and {@link #score(double[])} is BLEU of summed statistics,
 * so a paired bootstrap can resample segments without re-tokenizing.
 *
 * <p>Corpus scores are computed over chunks of segments in parallel; the statistics are integers,
 * so the sum, and hence the score, does not depend on the order or the number of threads.
 */
public final class Bleu implements Metric<TextSegment> {

  /** Decimals sacreBLEU prints by default through its API ({@code str(score)}). */
  public static final int API_WIDTH = 2;
  /** Decimals sacreBLEU's command line prints by default ({@code -w 1}). */
  public static final int CLI_WIDTH = 1;

  private static final int SMOOTH_VALUE_DIGITS = 2;

  private final BleuOptions options;

  public Bleu(BleuOptions options) {
    this.options = Objects.requireNonNull(options, "options");
  }

  public BleuOptions options() {
    return options;
  }

  @Override
  public String name() {
    return "bleu";
  }

  /** sacreBLEU's BLEU preprocessing of one line: optional lowercasing, rstrip, tokenization. */
  public String preprocess(String line) {
    String s = options.lowercase() ? PythonText.lower(line) : line;
    return options.tokenization().tokenizer().tokenize(PythonText.rstrip(s));
  }

  @Override
  public double[] statistics(TextSegment segment) {
    return segmentStatistics(segment).toArray();
  }

  @Override
  public double score(double[] summedStatistics) {
    return score(BleuStatistics.fromArray(summedStatistics)).score();
  }

  /** The statistics of one segment. */
  public BleuStatistics segmentStatistics(TextSegment segment) {
    return statisticsOf(segment, new BleuSegmentCounter());
  }

  /** The statistics of every segment, in order. */
  public List<BleuStatistics> segmentStatistics(List<TextSegment> segments) {
    BleuSegmentCounter counter = new BleuSegmentCounter();
    List<BleuStatistics> result = new ArrayList<>(segments.size());
    for (TextSegment segment : segments) {
      result.add(statisticsOf(segment, counter));
    }
    return result;
  }

  private BleuStatistics statisticsOf(TextSegment segment, BleuSegmentCounter counter) {
    List<String> references = segment.presentReferences();
    List<String> tokenized = new ArrayList<>(references.size());
    for (String reference : references) {
      tokenized.add(preprocess(reference));
    }
    return counter.count(preprocess(segment.hypothesis()), tokenized);
  }

  /** BLEU of (summed) statistics, with this metric's smoothing and effective-order setting. */
  public BleuScore score(BleuStatistics statistics) {
    return BleuFormula.score(statistics, options);
  }

  /** Corpus BLEU: BLEU of the summed segment statistics. */
  public BleuScore evaluateCorpus(List<TextSegment> segments) {
    BleuStatistics sum =
        SegmentChunks.of(segments.size())
            .parallel()
            .map(chunk -> chunkStatistics(segments.subList(chunk.from(), chunk.to())))
            .reduce(BleuStatistics.zero(), BleuStatistics::plus);
    return score(sum);
  }

  private BleuStatistics chunkStatistics(List<TextSegment> chunk) {
    BleuSegmentCounter counter = new BleuSegmentCounter();
    long sysLen = 0;
    long refLen = 0;
    long[] matches = new long[BleuOptions.MAX_ORDER];
    long[] totals = new long[BleuOptions.MAX_ORDER];
    for (TextSegment segment : chunk) {
      BleuStatistics s = statisticsOf(segment, counter);
      sysLen += s.sysLen();
      refLen += s.refLen();
      for (int n = 1; n <= BleuOptions.MAX_ORDER; n++) {
        matches[n - 1] += s.matchesAt(n);
        totals[n - 1] += s.totalsAt(n);
      }
    }
    return new BleuStatistics(sysLen, refLen, matches, totals);
  }

  /** Corpus score as a number (the {@link Metric} view of {@link #evaluateCorpus(List)}). */
  @Override
  public double corpusScore(List<TextSegment> segments) {
    return evaluateCorpus(segments).score();
  }

  /**
   * Corpus BLEU of hypotheses against reference streams ({@code referenceStreams.get(k).get(i)}
   * is reference k of hypothesis i).
   */
  public BleuScore evaluateCorpus(List<String> hypotheses, List<? extends List<String>> referenceStreams) {
    return evaluateCorpus(TextSegment.zip(hypotheses, referenceStreams));
  }

  /**
   * BLEU of one segment on its own. sacreBLEU recommends effective order for this (its {@code -sl}
   * option turns it on); this method uses this metric's options as they are.
   */
  public BleuScore evaluateSentence(TextSegment segment) {
    return score(segmentStatistics(segment));
  }

  /**
   * The signature, e.g. {@code nrefs:2|case:mixed|eff:no|tok:13a|smooth:exp|version:2.6.0}.
   *
   * @param referenceCount references per segment, or {@link Signature#VARIABLE_REFERENCES} (see
   *     {@link TextSegment#referenceCount(List)})
   */
  public Signature signature(int referenceCount) {
    String smooth = options.smoothMethod().signatureName();
    if (options.smoothMethod().takesValue()) {
      smooth += "[" + PythonFormat.fixed(options.effectiveSmoothValue(), SMOOTH_VALUE_DIGITS) + "]";
    }
    return new Signature(
        referenceCount,
        List.of(
            new Signature.Field("case", "c", options.lowercase() ? "lc" : "mixed"),
            new Signature.Field("eff", "e", options.effectiveOrder() ? "yes" : "no"),
            new Signature.Field("tok", "tok", options.tokenization().signatureName()),
            new Signature.Field("smooth", "s", smooth)));
  }
}
