package org.seq4j.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.seq4j.eval.tagging.ConllevalReport;
import org.seq4j.eval.tagging.MatchCounts;
import org.seq4j.eval.tagging.PerlPrintf;
import org.seq4j.eval.tagging.TagEvaluation;
import org.seq4j.eval.tagging.TagEvaluationOptions;
import org.seq4j.eval.tagging.TagScheme;
import org.seq4j.eval.tagging.TokenAccuracy;
import org.seq4j.eval.tagging.TrainVocabulary;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code seq4j eval tags}: token accuracy, per-tag scores and (for chunk tags) conlleval-compatible
 * entity precision/recall/F1 of a predicted tag file against a gold one.
 *
 * <p>Without {@code --scheme}, the gold tags decide: if they all look like chunk tags ({@code O},
 * {@code B-}/{@code I-}/{@code E-}/{@code S-} + type) entity scores are reported (BIOES if any
 * {@code E-}/{@code S-} tag occurs, else IOB2, which conlleval reads like IOB1); otherwise (POS tags)
 * accuracy and per-tag scores. The default text output for chunk tags is exactly conlleval.pl's;
 * {@code --train-vocab} appends a known/unknown accuracy line after it.
 */
@Command(
    name = "tags",
    mixinStandardHelpOptions = true,
    description = "Tagging accuracy and entity P/R/F1 exactly as conlleval computes them.")
final class EvalTagsCommand implements Callable<Integer> {

  private static final int TAG_WIDTH = 17;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--gold", required = true, paramLabel = "FILE", description = "Gold tagged file.")
  Path gold;

  @Option(names = "--pred", required = true, paramLabel = "FILE", description = "Predicted tagged file (same format, same sentences and tokens).")
  Path predicted;

  @Option(names = "--format", paramLabel = "FORMAT", description = "conll|conllu (default: conllu if the gold file name ends in .conllu, else conll).")
  String format;

  @Option(names = "--column", paramLabel = "N", description = "1-based tag column (default: last column for conll, 4 = UPOS for conllu).")
  Integer column;

  @Option(names = "--scheme", paramLabel = "SCHEME", description = "Chunk scheme iob1|iob2|bioes (default: detected from the gold tags).")
  String scheme;

  @Option(names = "--strict", description = "Strict chunks (seqeval strict mode): ill-formed chunks are not entities.")
  boolean strict;

  @Option(names = "--conlleval-raw", description = "Count entities exactly as conlleval.pl literally does, for any tags (no scheme checks).")
  boolean conllevalRaw;

  @Option(names = "--train-vocab", paramLabel = "FILE", description = "Training vocabulary, one word per line: adds accuracy on known and unknown words.")
  Path trainVocabulary;

  @Option(names = "--json", description = "Print one JSON object (scores in percent).")
  boolean json;

  @Override
  public Integer call() throws JsonProcessingException {
    TagEvaluationOptions options = CliTagOptions.parse(spec, gold, format, column, scheme, strict, conllevalRaw);
    Set<String> vocabulary = trainVocabulary == null ? Set.of() : TrainVocabulary.read(trainVocabulary);
    TagEvaluation evaluation = TagEvaluation.evaluate(gold, predicted, options, vocabulary);
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(new ObjectMapper().writeValueAsString(toJson(evaluation, trainVocabulary != null)));
    } else {
      out.print(text(evaluation, trainVocabulary != null));
    }
    out.flush();
    return 0;
  }

  private static String text(TagEvaluation evaluation, boolean withVocabulary) {
    StringBuilder text = new StringBuilder();
    TokenAccuracy accuracy = evaluation.accuracy();
    Optional<ConllevalReport> report = evaluation.conlleval();
    if (report.isPresent()) {
      text.append(report.get().toText());
    } else {
      text.append("processed ").append(accuracy.total()).append(" tokens in ")
          .append(evaluation.sentences()).append(" sentences; correct: ").append(accuracy.correct())
          .append(".\naccuracy: ").append(ConllevalReport.percent(accuracy.accuracy())).append("%\n");
      for (Map.Entry<String, MatchCounts> tag : evaluation.confusion().perTagCounts().entrySet()) {
        MatchCounts c = tag.getValue();
        text.append(PerlPrintf.string(tag.getKey(), TAG_WIDTH)).append(": precision: ")
            .append(ConllevalReport.percent(c.precision())).append("%; recall: ")
            .append(ConllevalReport.percent(c.recall())).append("%; FB1: ")
            .append(ConllevalReport.percent(c.f1())).append("  ").append(c.found()).append('\n');
      }
    }
    if (withVocabulary) {
      text.append("known words: ").append(ConllevalReport.percent(accuracy.knownAccuracy()))
          .append("% of ").append(accuracy.knownTotal()).append(" tokens; unknown words: ")
          .append(ConllevalReport.percent(accuracy.unknownAccuracy())).append("% of ")
          .append(accuracy.unknownTotal()).append(" tokens\n");
    }
    return text.toString();
  }

  private static Map<String, Object> toJson(TagEvaluation evaluation, boolean withVocabulary) {
    TokenAccuracy accuracy = evaluation.accuracy();
    Optional<ConllevalReport> report = evaluation.conlleval();
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("accuracy", accuracy.accuracy());
    json.put("precision", report.map(r -> r.entities().precision()).orElse(null));
    json.put("recall", report.map(r -> r.entities().recall()).orElse(null));
    json.put("f1", report.map(r -> r.entities().f1()).orElse(null));
    Map<String, Object> perType = new LinkedHashMap<>();
    report.ifPresent(r -> r.entities().perType().forEach((type, c) -> perType.put(type, counts(c))));
    json.put("per_type", perType);
    json.put("tokens", accuracy.total());
    json.put("correct_tags", accuracy.correct());
    json.put("sentences", evaluation.sentences());
    report.ifPresent(r -> {
      json.put("gold_phrases", r.entities().total().gold());
      json.put("found_phrases", r.entities().total().found());
      json.put("correct_phrases", r.entities().total().correct());
    });
    json.put("scheme", evaluation.scheme().map(TagScheme::cliName).orElse(null));
    json.put("strict", evaluation.strict());
    if (withVocabulary) {
      json.put("known_accuracy", accuracy.knownAccuracy());
      json.put("known_tokens", accuracy.knownTotal());
      json.put("unknown_accuracy", accuracy.unknownAccuracy());
      json.put("unknown_tokens", accuracy.unknownTotal());
    }
    Map<String, Object> perTag = new LinkedHashMap<>();
    evaluation.confusion().perTagCounts().forEach((tag, c) -> perTag.put(tag, counts(c)));
    json.put("per_tag", perTag);
    Map<String, Object> confusion = new LinkedHashMap<>();
    confusion.put("tags", evaluation.confusion().tags());
    confusion.put("counts", evaluation.confusion().counts());
    json.put("confusion", confusion);
    return json;
  }

  private static Map<String, Object> counts(MatchCounts c) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("precision", c.precision());
    m.put("recall", c.recall());
    m.put("f1", c.f1());
    m.put("found", c.found());
    m.put("gold", c.gold());
    m.put("correct", c.correct());
    return m;
  }
}
