package org.seq4j.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.seq4j.eval.chrf.Chrf;
import org.seq4j.eval.chrf.ChrfOptions;
import org.seq4j.eval.chrf.ChrfScore;
import org.seq4j.eval.text.Signature;
import org.seq4j.eval.text.TextSegment;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code seq4j eval chrf}: sacreBLEU 2.6.0-compatible chrF (or chrF++ with {@code
 * --chrf-word-order 2}) of a hypothesis file against one or more reference files.
 *
 * <p>Output as for {@code eval bleu}: sacreBLEU's text line by default, JSON with {@code --json},
 * one line per segment with {@code --sentence-level}. {@code --tokenize} is accepted and ignored,
 * as sacreBLEU's command line ignores {@code -tok} for chrF (chrF does not tokenize), so that one
 * command line can serve both metrics.
 */
@Command(
    name = "chrf",
    mixinStandardHelpOptions = true,
    description = "chrF / chrF++ exactly as sacreBLEU 2.6.0 computes them.")
final class EvalChrfCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @CommandLine.Mixin TextScoringOptions io;



  @Option(names = "--lowercase", description = "Case-insensitive chrF.")
  boolean lowercase;

  @Option(names = "--chrf-word-order", paramLabel = "N", defaultValue = "0", description = "Word n-gram order; 2 gives chrF++ (default: ${DEFAULT-VALUE}).")
  int wordOrder;

  @Option(names = "--chrf-char-order", paramLabel = "N", defaultValue = "6", description = "Character n-gram order (default: ${DEFAULT-VALUE}).")
  int charOrder;

  @Option(names = "--chrf-beta", paramLabel = "B", defaultValue = "2", description = "Weight of recall against precision (default: ${DEFAULT-VALUE}).")
  int beta;

  @Option(names = "--tokenize", paramLabel = "NAME", description = "Ignored: chrF does not tokenize (accepted like sacreBLEU's -tok).")
  String ignoredTokenize;





  @Override
  public Integer call() throws JsonProcessingException {
    ChrfOptions options;
    try {
      options = new ChrfOptions(charOrder, wordOrder, beta, lowercase, false, false);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    List<TextSegment> segments = io.readSegments();
    Chrf chrf = new Chrf(options);
    Signature signature = chrf.signature(io.referenceCount());
    PrintWriter out = spec.commandLine().getOut();
    ObjectMapper mapper = new ObjectMapper();
    if (io.sentenceLevel) {
      for (TextSegment segment : segments) {
        print(out, mapper, chrf.evaluateSentence(segment), signature);
      }
    } else {
      print(out, mapper, chrf.evaluateCorpus(segments), signature);
    }
    out.flush();
    return 0;
  }

  private void print(PrintWriter out, ObjectMapper mapper, ChrfScore score, Signature signature)
      throws JsonProcessingException {
    String sig = io.shortSignature ? signature.formatShort() : signature.format();
    if (!io.json) {
      out.println(score.format(io.width, sig));
      return;
    }
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("metric", wordOrder > 0 ? "chrf++" : "chrf");
    result.put("name", score.name());
    result.put("score", score.score());
    result.put("signature", sig);
    result.put("stats", score.statistics());
    for (Signature.Field field : signature.allFields()) {
      result.put(field.name(), field.value());
    }
    out.println(mapper.writeValueAsString(result));
  }
}
