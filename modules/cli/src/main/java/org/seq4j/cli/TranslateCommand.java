package org.seq4j.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.seq4j.corpus.io.Utf8LineReader;
import org.seq4j.nn.backend.NativeBackend;
import org.seq4j.seq2seq.Translator;
import org.seq4j.seq2seq.train.DecodingOptions;
import org.seq4j.seq2seq.train.NeuralTranslator;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code seq4j translate}: one tokenized source sentence per input line, one translation per output
 * line (an empty line for an empty line), so input and output stay line-aligned for {@code seq4j
 * eval bleu}. With {@code --n-best N > 1} each input line gives N lines in the Moses n-best format
 * {@code INDEX ||| HYPOTHESIS ||| SCORE} (0-based input line index; an empty input gives one line
 * with an empty hypothesis and score 0).
 *
 * <p>Sources longer than the model's maximum source length are truncated to it, with a warning on
 * standard error naming the input line; the truncation happens here (not in the library) so that
 * the warning can say which line. Lines are read and translated {@code --batch} at a time.
 */
@Command(
    name = "translate",
    mixinStandardHelpOptions = true,
    description = {
      "Translate tokenized sentences, one per line, with a trained seq2seq model.",
      "Reads --input or standard input, writes --output or standard output:",
      "exactly one line per input line; with --n-best N, N lines per input line",
      "as 'INDEX ||| HYPOTHESIS ||| SCORE' (INDEX: the 0-based input line)."
    })
final class TranslateCommand implements Callable<Integer> {

  /** Default sentences translated together. */
  static final int DEFAULT_BATCH = 256;
  /** Separates the fields of an n-best line (Moses, fairseq-interactive's n-best files). */
  static final String NBEST_SEPARATOR = " ||| ";
  private static final String WHITESPACE = "\\s+";
  private static final double NANOS_PER_SECOND = 1e9;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--model", required = true, paramLabel = "M", description = "Translation model file (model.zip).")
  Path model;

  @Option(names = "--beam", paramLabel = "K", description = "Beam size; 1 is greedy search (default: the model's).")
  Integer beam;

  @Option(names = "--n-best", paramLabel = "N", description = "Print the N best hypotheses per line (default: 1; needs N <= beam;"
      + " without --beam the beam is raised to N).")
  int nBest = 1;

  @Option(names = "--input", paramLabel = "F", description = "Input file (default: standard input).")
  Path input;

  @Option(names = "--output", paramLabel = "F", description = "Output file, written atomically (default: standard output).")
  Path output;

  @Option(names = "--batch", paramLabel = "N", description = "Sentences translated together (default: ${DEFAULT-VALUE}).")
  int batch = DEFAULT_BATCH;

  @Option(names = "--stats", description = "Print sentences/s and tokens/s to standard error.")
  boolean stats;

  /** Standard input; tests replace it. */
  InputStream stdin = System.in;

  private long sourceTokens;
  private long sentences;

  @Override
  public Integer call() throws IOException {
    CommandLine cl = spec.commandLine();
    if (beam != null && beam < 1) {
      throw new CommandLine.ParameterException(cl, "Invalid value " + beam + " for --beam: expected >= 1");
    }
    if (nBest < 1 || batch < 1) {
      throw new CommandLine.ParameterException(cl, "--n-best and --batch must be >= 1");
    }
    if (beam != null && nBest > beam) {
      throw new CommandLine.ParameterException(cl, "--n-best " + nBest + " needs --beam >= " + nBest + ", got " + beam);
    }
    boolean printStats = stats || ((Seq4j) spec.root().userObject()).verbose;
    try (Utf8LineReader lines = TextStreams.open(input, stdin)) {
      NativeBackend.configureFromEnvironment();
      NeuralTranslator translator = withBeam(NeuralTranslator.load(model));
      int maxSource = translator.network().config().maxSourceLength();
      long start = System.nanoTime();
      TextStreams.write(output, cl.getOut(), out -> translate(lines, translator, maxSource, out, cl.getErr()));
      if (printStats) {
        double seconds = (System.nanoTime() - start) / NANOS_PER_SECOND;
        cl.getErr().printf(Locale.ROOT, "seq4j translate: %d sentences, %d source tokens in %.3f s: %.1f sentences/s,"
            + " %.0f source tokens/s (beam %d)%n", sentences, sourceTokens, seconds, sentences / seconds,
            sourceTokens / seconds, translator.decoding().beamSize());
        cl.getErr().flush();
      }
    }
    return 0;
  }

  private NeuralTranslator withBeam(NeuralTranslator translator) {
    DecodingOptions decoding = translator.decoding();
    int size = beam != null ? beam : Math.max(decoding.beamSize(), nBest);
    return size == decoding.beamSize() ? translator
        : translator.withDecoding(decoding.withBeam(size, decoding.lengthPenaltyAlpha()));
  }

  private void translate(Utf8LineReader lines, NeuralTranslator translator, int maxSource, Writer out,
      PrintWriter err) throws IOException {
    List<String> chunk = new ArrayList<>(batch);
    while (true) {
      chunk.clear();
      long firstIndex = sentences;
      String line;
      while (chunk.size() < batch && (line = lines.readLine()) != null) {
        chunk.add(truncated(line, maxSource, lines, err));
      }
      if (chunk.isEmpty()) {
        return;
      }
      sentences += chunk.size();
      if (nBest == 1) {
        for (String translation : translator.translateAll(chunk)) {
          out.write(translation);
          out.write('\n');
        }
      } else {
        List<List<Translator.Hypothesis>> lists = translator.translateAllNBest(chunk, nBest);
        for (int i = 0; i < chunk.size(); i++) {
          writeNBest(out, firstIndex + i, lists.get(i).isEmpty() ? List.of(new Translator.Hypothesis("", 0.0))
              : lists.get(i));
        }
      }
    }
  }

  /** The line's first {@code maxSource} whitespace tokens, warning on stderr when it cut any. */
  private String truncated(String line, int maxSource, Utf8LineReader lines, PrintWriter err) {
    String stripped = line.strip();
    if (stripped.isEmpty()) {
      return "";
    }
    String[] tokens = stripped.split(WHITESPACE);
    sourceTokens += Math.min(tokens.length, maxSource);
    if (tokens.length <= maxSource) {
      return stripped;
    }
    err.println("seq4j translate: warning: " + lines.source() + ":" + lines.lineNumber() + ": " + tokens.length
        + " tokens, truncated to the model's maximum source length of " + maxSource);
    err.flush();
    return String.join(" ", java.util.Arrays.asList(tokens).subList(0, maxSource));
  }

  private static void writeNBest(Writer out, long index, List<Translator.Hypothesis> hypotheses) throws IOException {
    for (Translator.Hypothesis h : hypotheses) {
      out.write(index + NBEST_SEPARATOR + h.text() + NBEST_SEPARATOR + String.format(Locale.ROOT, "%.6f", h.score()));
      out.write('\n');
    }
  }
}
