package org.seq4j.eval.chrf;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.seq4j.eval.Metric;
import org.seq4j.eval.text.PythonText;
import org.seq4j.eval.text.SegmentChunks;
import org.seq4j.eval.text.Signature;
import org.seq4j.eval.text.TextSegment;

/**
 * chrF and chrF++ exactly as sacreBLEU 2.6.0 computes them: corpus and sentence scores, statistics
 * for resampling, and the signature.
 *
 * <p>A segment's statistics are one {@code [hyp_count, ref_count, match_count]} triple per order
 * (character orders 1..charOrder, then word orders 1..wordOrder), taken from the reference with
 * the best sentence chrF; the corpus score is chrF of their sum. {@code hyp_count} is 0 for an
 * order at which the reference has no n-gram. The only preprocessing is optional lowercasing
 * (Python {@code lower()}). Immutable and thread-safe; never modifies its inputs. Corpus scores
 * are computed over chunks of segments in parallel; integer sums make the result independent of
 * the order and the number of threads.
 */
public final class Chrf implements Metric<TextSegment> {

  /** Decimals sacreBLEU prints by default through its API. */
  public static final int API_WIDTH = 2;
  /** Decimals sacreBLEU's command line prints by default. */
  public static final int CLI_WIDTH = 1;

  private final ChrfOptions options;

  public Chrf(ChrfOptions options) {
    this.options = Objects.requireNonNull(options, "options");
  }

  public ChrfOptions options() {
    return options;
  }

  @Override
  public String name() {
    return options.wordOrder() > 0 ? "chrf++" : "chrf";
  }

  @Override
  public double[] statistics(TextSegment segment) {
    long[] stats = segmentStatistics(segment);
    double[] result = new double[stats.length];
    for (int i = 0; i < stats.length; i++) {
      result[i] = stats[i];
    }
    return result;
  }

  @Override
  public double score(double[] summedStatistics) {
    long[] stats = new long[summedStatistics.length];
    for (int i = 0; i < stats.length; i++) {
      stats[i] = (long) summedStatistics[i];
    }
    return score(stats).score();
  }

  /** The statistics of one segment (a new array). */
  public long[] segmentStatistics(TextSegment segment) {
    return statisticsOf(segment, new ChrfSegmentCounter(options));
  }

  /** The statistics of every segment, in order. */
  public List<long[]> segmentStatistics(List<TextSegment> segments) {
    ChrfSegmentCounter counter = new ChrfSegmentCounter(options);
    List<long[]> result = new ArrayList<>(segments.size());
    for (TextSegment segment : segments) {
      result.add(statisticsOf(segment, counter));
    }
    return result;
  }

  private long[] statisticsOf(TextSegment segment, ChrfSegmentCounter counter) {
    List<String> references = segment.presentReferences();
    if (options.lowercase()) {
      List<String> lowered = new ArrayList<>(references.size());
      for (String reference : references) {
        lowered.add(PythonText.lower(reference));
      }
      references = lowered;
    }
    String hypothesis =
        options.lowercase() ? PythonText.lower(segment.hypothesis()) : segment.hypothesis();
    return counter.count(hypothesis, references);
  }

  /** chrF of (summed) statistics. */
  public ChrfScore score(long[] statistics) {
    if (statistics.length != 3 * options.totalOrder()) {
      throw new IllegalArgumentException(
          "expected " + 3 * options.totalOrder() + " chrF statistics, got " + statistics.length);
    }
    return new ChrfScore(
        options.displayName(), ChrfFormula.score(statistics, options), statistics);
  }

  /** Corpus chrF: chrF of the summed segment statistics. */
  public ChrfScore evaluateCorpus(List<TextSegment> segments) {
    long[] sum =
        SegmentChunks.of(segments.size())
            .parallel()
            .map(chunk -> chunkStatistics(segments.subList(chunk.from(), chunk.to())))
            .reduce(new long[3 * options.totalOrder()], Chrf::add);
    return score(sum);
  }

  private long[] chunkStatistics(List<TextSegment> chunk) {
    ChrfSegmentCounter counter = new ChrfSegmentCounter(options);
    long[] sum = new long[3 * options.totalOrder()];
    for (TextSegment segment : chunk) {
      long[] stats = statisticsOf(segment, counter);
      for (int i = 0; i < sum.length; i++) {
        sum[i] += stats[i];
      }
    }
    return sum;
  }

  private static long[] add(long[] a, long[] b) {
    long[] sum = new long[a.length];
    for (int i = 0; i < sum.length; i++) {
      sum[i] = a[i] + b[i];
    }
    return sum;
  }

  /** Corpus score as a number (the {@link Metric} view of {@link #evaluateCorpus(List)}). */
  @Override
  public double corpusScore(List<TextSegment> segments) {
    return evaluateCorpus(segments).score();
  }

  /**
   * Corpus chrF of hypotheses against reference streams ({@code referenceStreams.get(k).get(i)}
   * is reference k of hypothesis i).
   */
  public ChrfScore evaluateCorpus(List<String> hypotheses, List<? extends List<String>> referenceStreams) {
    return evaluateCorpus(TextSegment.zip(hypotheses, referenceStreams));
  }

  /** chrF of one segment on its own. */
  public ChrfScore evaluateSentence(TextSegment segment) {
    return score(segmentStatistics(segment));
  }

  /**
   * The signature, e.g. {@code nrefs:1|case:mixed|eff:yes|nc:6|nw:0|space:no|version:2.6.0}.
   *
   * @param referenceCount references per segment, or {@link Signature#VARIABLE_REFERENCES}
   */
  public Signature signature(int referenceCount) {
    return new Signature(
        referenceCount,
        List.of(
            new Signature.Field("case", "c", options.lowercase() ? "lc" : "mixed"),
            new Signature.Field("eff", "e", options.epsSmoothing() ? "no" : "yes"),
            new Signature.Field("nc", "nc", Integer.toString(options.charOrder())),
            new Signature.Field("nw", "nw", Integer.toString(options.wordOrder())),
            new Signature.Field("space", "s", options.whitespace() ? "yes" : "no")));
  }
}
