package org.seq4j.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.seq4j.eval.EvalInputException;
import org.seq4j.eval.Metric;
import org.seq4j.eval.bleu.Bleu;
import org.seq4j.eval.bleu.BleuOptions;
import org.seq4j.eval.chrf.Chrf;
import org.seq4j.eval.chrf.ChrfOptions;
import org.seq4j.eval.io.HypothesisReferenceFiles;
import org.seq4j.eval.significance.BootstrapEstimate;
import org.seq4j.eval.significance.PairedBootstrap;
import org.seq4j.eval.significance.PairedBootstrapResult;
import org.seq4j.eval.tagging.ChunkDecoder;
import org.seq4j.eval.tagging.EntityMetric;
import org.seq4j.eval.tagging.ExactMatchMetric;
import org.seq4j.eval.tagging.SequencePair;
import org.seq4j.eval.tagging.TagEvaluationOptions;
import org.seq4j.eval.tagging.TagScheme;
import org.seq4j.eval.tagging.TaggedCorpus;
import org.seq4j.eval.tagging.TaggedSentence;
import org.seq4j.eval.tagging.TokenAccuracyMetric;
import org.seq4j.eval.text.TextSegment;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code seq4j eval compare}: paired bootstrap resampling (Koehn 2004) of system B against baseline
 * A on the same test set, with sacreBLEU's p-value and 95% intervals.
 *
 * <p>For {@code bleu}, {@code chrf} and {@code exact} the files are plain text, one segment per
 * line (sacreBLEU defaults: BLEU 13a, chrF2; exact match compares whitespace-separated tokens and
 * uses the first reference). For {@code accuracy}, {@code f1}, {@code precision} and {@code recall}
 * they are tagged files as {@code eval tags} reads them, {@code --ref} being the gold file.
 */
@Command(
    name = "compare",
    mixinStandardHelpOptions = true,
    description = "Paired bootstrap resampling between two systems (sacreBLEU's paired-bs p-value).")
final class EvalCompareCommand implements Callable<Integer> {

  /** sacreBLEU's default seed (its SACREBLEU_SEED default). */
  static final long DEFAULT_SEED = 12345L;

  private static final Pattern WHITESPACE = Pattern.compile("(?U)\\s+");
  private static final int SCORE_DECIMALS = 2;
  private static final int P_VALUE_DECIMALS = 4;

  /** The metrics this command compares. */
  enum MetricName {
    BLEU, CHRF, EXACT, ACCURACY, F1, PRECISION, RECALL;

    boolean isTagging() {
      return this == ACCURACY || this == F1 || this == PRECISION || this == RECALL;
    }

    static String validNames() {
      return Arrays.stream(values()).map(m -> m.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining("|"));
    }
  }

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--ref", required = true, paramLabel = "FILE", description = "Reference (text) or gold (tagged) file; repeat for several BLEU/chrF references.")
  List<Path> references;

  @Option(names = "--a", required = true, paramLabel = "FILE", description = "Output of baseline system A.")
  Path systemA;

  @Option(names = "--b", required = true, paramLabel = "FILE", description = "Output of system B.")
  Path systemB;

  @Option(names = "--metric", paramLabel = "NAME", defaultValue = "bleu", description = "bleu|chrf|exact|accuracy|f1|precision|recall (default: ${DEFAULT-VALUE}).")
  String metric;

  @Option(names = "--samples", paramLabel = "N", defaultValue = "" + PairedBootstrap.DEFAULT_SAMPLES, description = "Bootstrap resamples (default: ${DEFAULT-VALUE}).")
  int samples;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "" + DEFAULT_SEED, description = "Random seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--format", paramLabel = "FORMAT", description = "Tagged files: conll|conllu (default: from the gold file name).")
  String format;

  @Option(names = "--column", paramLabel = "N", description = "Tagged files: 1-based tag column.")
  Integer column;

  @Option(names = "--scheme", paramLabel = "SCHEME", description = "Tagged files: iob1|iob2|bioes (default: detected).")
  String scheme;

  @Option(names = "--strict", description = "Tagged files: strict chunks.")
  boolean strict;

  @Option(names = "--json", description = "Print one JSON object.")
  boolean json;

  @Override
  public Integer call() throws JsonProcessingException {
    CommandLine cl = spec.commandLine();
    MetricName name = Arrays.stream(MetricName.values())
        .filter(m -> m.name().equalsIgnoreCase(metric)).findFirst()
        .orElseThrow(() -> new CommandLine.ParameterException(cl,
            "Invalid value '" + metric + "' for --metric: expected " + MetricName.validNames()));
    if (samples < 1) {
      throw new CommandLine.ParameterException(cl, "Invalid value " + samples + " for --samples: expected at least 1");
    }
    PairedBootstrap bootstrap = new PairedBootstrap(samples, seed);
    PairedBootstrapResult result = name.isTagging() ? compareTagged(name, bootstrap) : compareText(name, bootstrap);
    PrintWriter out = cl.getOut();
    out.print(json ? new ObjectMapper().writeValueAsString(toJson(result)) + "\n" : text(result));
    out.flush();
    return 0;
  }

  private PairedBootstrapResult compareText(MetricName name, PairedBootstrap bootstrap) {
    HypothesisReferenceFiles a = HypothesisReferenceFiles.read(systemA, references);
    HypothesisReferenceFiles b = HypothesisReferenceFiles.read(systemB, references);
    if (name == MetricName.EXACT) {
      return bootstrap.compare(new ExactMatchMetric(), pairs(a), pairs(b));
    }
    Metric<TextSegment> textMetric = name == MetricName.BLEU
        ? new Bleu(BleuOptions.defaults()) : new Chrf(ChrfOptions.defaults());
    return bootstrap.compare(textMetric,
        TextSegment.zip(a.hypotheses(), a.referenceStreams()),
        TextSegment.zip(b.hypotheses(), b.referenceStreams()));
  }

  private static List<SequencePair> pairs(HypothesisReferenceFiles files) {
    List<SequencePair> pairs = new ArrayList<>();
    for (int i = 0; i < files.hypotheses().size(); i++) {
      pairs.add(new SequencePair(tokens(files.referenceStreams().get(0).get(i)), tokens(files.hypotheses().get(i))));
    }
    return pairs;
  }

  private static List<String> tokens(String line) {
    String stripped = line.strip();
    return stripped.isEmpty() ? List.of() : List.of(WHITESPACE.split(stripped));
  }

  private PairedBootstrapResult compareTagged(MetricName name, PairedBootstrap bootstrap) {
    if (references.size() != 1) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--metric " + metric + " takes exactly one --ref (the gold file)");
    }
    Path gold = references.get(0);
    TagEvaluationOptions options = CliTagOptions.parse(spec, gold, format, column, scheme, strict, false);
    TaggedCorpus a = TaggedCorpus.load(gold, systemA, options);
    TaggedCorpus b = TaggedCorpus.load(gold, systemB, options);
    if (!a.scheme().equals(b.scheme())) {
      // One system used E-/S- tags: read both as BIOES (which also validates the other's tags).
      TagEvaluationOptions bioes = new TagEvaluationOptions(options.format(), options.column(),
          Optional.of(TagScheme.BIOES), strict, false);
      a = TaggedCorpus.load(gold, systemA, bioes);
      b = TaggedCorpus.load(gold, systemB, bioes);
    }
    if (name == MetricName.ACCURACY) {
      return bootstrap.compare(new TokenAccuracyMetric(), a.sentences(), b.sentences());
    }
    TagScheme tagScheme = a.scheme().orElseThrow(() -> new EvalInputException(gold.toString(), 0,
        "--metric " + metric + " needs chunk tags (O, B-TYPE, I-TYPE, ...), but the gold tags are not"));
    EntityMetric.Score score = EntityMetric.Score.valueOf(name.name());
    Metric<TaggedSentence> entityMetric = new EntityMetric(ChunkDecoder.of(tagScheme, strict), score);
    return bootstrap.compare(entityMetric, a.sentences(), b.sentences());
  }

  private String text(PairedBootstrapResult r) {
    return String.format(Locale.ROOT,
        "paired bootstrap: %s, %d resamples, seed %d%n"
            + "A %s: %s (mean %s, 95%% CI %s .. %s)%n"
            + "B %s: %s (mean %s, 95%% CI %s .. %s)%n"
            + "B - A: %s (mean %s, 95%% CI %s .. %s)%n"
            + "p-value: %s%n",
        r.metric(), r.samples(), r.seed(),
        systemA, fixed(r.scoreA()), fixed(r.a().mean()), fixed(r.a().lower()), fixed(r.a().upper()),
        systemB, fixed(r.scoreB()), fixed(r.b().mean()), fixed(r.b().lower()), fixed(r.b().upper()),
        fixed(r.delta()), fixed(r.difference().mean()), fixed(r.difference().lower()), fixed(r.difference().upper()),
        new BigDecimal(r.pValue()).setScale(P_VALUE_DECIMALS, RoundingMode.HALF_EVEN).toPlainString());
  }

  private static String fixed(double value) {
    return new BigDecimal(value).setScale(SCORE_DECIMALS, RoundingMode.HALF_EVEN).toPlainString();
  }

  private Map<String, Object> toJson(PairedBootstrapResult r) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("metric", r.metric());
    json.put("test", "paired_bootstrap");
    json.put("samples", r.samples());
    json.put("seed", r.seed());
    json.put("a", systemA.toString());
    json.put("b", systemB.toString());
    json.put("score_a", r.scoreA());
    json.put("score_b", r.scoreB());
    json.put("delta", r.delta());
    json.put("bootstrap_a", estimate(r.a()));
    json.put("bootstrap_b", estimate(r.b()));
    json.put("bootstrap_delta", estimate(r.difference()));
    json.put("p_value", r.pValue());
    json.put("confidence", PairedBootstrap.CONFIDENCE);
    return json;
  }

  private static Map<String, Object> estimate(BootstrapEstimate e) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("mean", e.mean());
    m.put("lower", e.lower());
    m.put("upper", e.upper());
    m.put("ci", e.halfWidth());
    return m;
  }
}
