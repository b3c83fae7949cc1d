package org.seq4j.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.seq4j.eval.bleu.Bleu;
import org.seq4j.eval.bleu.BleuOptions;
import org.seq4j.eval.bleu.BleuScore;
import org.seq4j.eval.bleu.SmoothMethod;
import org.seq4j.eval.text.Signature;
import org.seq4j.eval.text.TextSegment;
import org.seq4j.eval.text.Tokenization;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code seq4j eval bleu}: sacreBLEU 2.6.0-compatible BLEU of a hypothesis file against one or
 * more reference files.
 *
 * <p>The default output is the line sacreBLEU's {@code -f text} prints (score at one decimal,
 * signature included); {@code --json} prints one JSON object with the full-precision score, the
 * signature and the statistics. With {@code --sentence-level}, one line (or JSON object) per
 * segment, with effective order on, as {@code sacrebleu -sl}.
 */
@Command(
    name = "bleu",
    mixinStandardHelpOptions = true,
    description = "BLEU exactly as sacreBLEU 2.6.0 computes it.")
final class EvalBleuCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @CommandLine.Mixin TextScoringOptions io;



  @Option(names = "--tokenize", paramLabel = "NAME", defaultValue = "13a", description = "Tokenization: 13a|intl|none|char (default: ${DEFAULT-VALUE}).")
  String tokenize;

  @Option(names = "--lowercase", description = "Case-insensitive BLEU.")
  boolean lowercase;

  @Option(names = "--smooth", paramLabel = "METHOD", defaultValue = "exp", description = "Smoothing: exp|floor|add-k|none (default: ${DEFAULT-VALUE}).")
  String smooth;

  @Option(names = "--smooth-value", paramLabel = "V", description = "Value for floor (default 0.1) or add-k (default 1).")
  Double smoothValue;





  @Override
  public Integer call() throws JsonProcessingException {
    BleuOptions options = parseOptions();
    List<TextSegment> segments = io.readSegments();
    PrintWriter out = spec.commandLine().getOut();
    ObjectMapper mapper = new ObjectMapper();
    if (io.sentenceLevel) {
      Bleu bleu = new Bleu(options.withEffectiveOrder(true));
      Signature signature = bleu.signature(io.referenceCount());
      for (TextSegment segment : segments) {
        print(out, mapper, bleu.evaluateSentence(segment), signature);
      }
    } else {
      Bleu bleu = new Bleu(options);
      print(out, mapper, bleu.evaluateCorpus(segments), bleu.signature(io.referenceCount()));
    }
    out.flush();
    return 0;
  }

  private BleuOptions parseOptions() {
    try {
      return new BleuOptions(
          Tokenization.fromName(tokenize),
          lowercase,
          SmoothMethod.fromName(smooth),
          smoothValue,
          false);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
  }

  private void print(PrintWriter out, ObjectMapper mapper, BleuScore score, Signature signature)
      throws JsonProcessingException {
    String sig = io.shortSignature ? signature.formatShort() : signature.format();
    if (!io.json) {
      out.println(score.format(io.width, sig));
      return;
    }
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("metric", "bleu");
    result.put("name", BleuScore.NAME);
    result.put("score", score.score());
    result.put("signature", sig);
    result.put("verbose_score", score.verbose());
    result.put("counts", score.statistics().matches());
    result.put("totals", score.statistics().totals());
    result.put("precisions", score.precisions());
    result.put("bp", score.bp());
    result.put("ratio", score.ratio());
    result.put("hyp_len", score.sysLen());
    result.put("ref_len", score.refLen());
    for (Signature.Field field : signature.allFields()) {
      result.put(field.name(), field.value());
    }
    out.println(mapper.writeValueAsString(result));
  }
}
