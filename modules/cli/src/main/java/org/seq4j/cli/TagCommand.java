package org.seq4j.cli;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import org.seq4j.corpus.io.conll.ColumnSeparator;
import org.seq4j.corpus.io.conll.ConllColumnFormat;
import org.seq4j.corpus.io.conllu.ConllUTagColumn;
import org.seq4j.nn.backend.NativeBackend;
import org.seq4j.tagger.NeuralTagger;
import org.seq4j.tagger.Tagger;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code seq4j tag}: tags a CoNLL-U file, a CoNLL column file or plain tokenized text with a trained
 * tagger model, from a file or standard input to a file or standard output.
 *
 * <p>Streaming: {@code --batch} sentences are read, tagged together and written before the next
 * ones are read ({@link StreamTagging}), so memory stays bounded and pipes work; a bigger batch lets
 * the tagger group more sentences of similar length. Option errors are found before the model is
 * loaded. With {@code --stats} (or {@code --verbose}) throughput goes to standard error: the run as
 * it happened (whole process since JVM start, and the cold tagging time), then a steady-state figure
 * from tagging the first chunk again after the output is complete ({@link StreamTagging}).
 */
@Command(
    name = "tag",
    mixinStandardHelpOptions = true,
    description = {
      "Tag tokens with a trained tagger model (POS or NER).",
      "Reads --input or standard input, writes --output or standard output.",
      "Formats: conllu fills the model's UPOS or XPOS column and keeps everything else;",
      "conll appends the tag as a new last column (or replaces --tag-column);",
      "tokens reads one sentence per line of whitespace-separated tokens and writes",
      "one line of token_TAG items per input line (an empty line for an empty line)."
    })
final class TagCommand implements Callable<Integer> {

  /** Default sentences per tagging call. */
  static final int DEFAULT_BATCH = 2048;
  private static final String CONLLU_EXTENSION = ".conllu";
  private static final String CONLL_EXTENSION = ".conll";
  private static final double NANOS_PER_SECOND = 1e9;
  private static final double MILLIS_PER_SECOND = 1e3;

  /** Input formats. */
  enum Format {
    CONLLU, CONLL, TOKENS;

    static Format parse(String name, CommandLine cl) {
      for (Format f : values()) {
        if (f.name().equalsIgnoreCase(name)) {
          return f;
        }
      }
      throw new CommandLine.ParameterException(cl,
          "Invalid value '" + name + "' for --format: expected conllu|conll|tokens");
    }
  }

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--model", required = true, paramLabel = "M", description = "Tagger model file (model.zip).")
  Path model;

  @Option(names = "--format", paramLabel = "FORMAT",
      description = "conllu|conll|tokens (default: conllu for a *.conllu --input, conll for *.conll, else tokens).")
  String format;

  @Option(names = "--input", paramLabel = "F", description = "Input file (default: standard input).")
  Path input;

  @Option(names = "--output", paramLabel = "F", description = "Output file, written atomically (default: standard output).")
  Path output;

  @Option(names = "--batch", paramLabel = "N", description = "Sentences read and tagged together (default: ${DEFAULT-VALUE}).")
  int batch = DEFAULT_BATCH;

  @Option(names = "--column", paramLabel = "upos|xpos",
      description = "conllu: the column to fill (default: the one the model was trained on).")
  String column;

  @Option(names = "--word-column", paramLabel = "N", description = "conll: 1-based column of the words (default: 1).")
  Integer wordColumn;

  @Option(names = "--tag-column", paramLabel = "N",
      description = "conll: replace this 1-based column with the tags instead of appending a column.")
  Integer tagColumn;

  @Option(names = "--separator", paramLabel = "auto|tab|whitespace",
      description = "conll: column separator (default: auto, tab if the first line has a tab).")
  String separator;

  @Option(names = "--stats", description = "Print tokens/s to standard error: whole process (since JVM start,"
      + " model load included) and steady state (the first --batch sentences tagged again, fastest of 3 passes).")
  boolean stats;

  /** Standard input; tests replace it. */
  InputStream stdin = System.in;

  @Override
  public Integer call() throws IOException {
    CommandLine cl = spec.commandLine();
    Format chosen = chooseFormat(cl);
    if (batch < 1) {
      throw new CommandLine.ParameterException(cl, "Invalid value " + batch + " for --batch: expected >= 1");
    }
    ConllUTagColumn forcedColumn = parseColumn(cl, chosen);
    ConllOptions conll = parseConllOptions(cl, chosen);
    boolean printStats = stats || ((Seq4j) spec.root().userObject()).verbose;

    BufferedInputStream bytes = TextStreams.openBytes(input, stdin);
    long loadStart = System.nanoTime();
    NativeBackend.configureFromEnvironment();
    NeuralTagger tagger = NeuralTagger.load(model);
    long loadNanos = System.nanoTime() - loadStart;
    StreamTagging.Stats[] result = new StreamTagging.Stats[1];
    try (TaggableStream<?> sentences = open(chosen, bytes, tagger, forcedColumn, conll)) {
      TextStreams.write(output, cl.getOut(),
          out -> result[0] = StreamTagging.run(sentences, tagger, batch, printStats, out));
    }
    if (printStats) {
      printStats(cl.getErr(), result[0], loadNanos, tagger);
    }
    return 0;
  }

  private Format chooseFormat(CommandLine cl) {
    if (format != null) {
      return Format.parse(format, cl);
    }
    String name = input == null || input.getFileName() == null ? "" : input.getFileName().toString();
    if (name.endsWith(CONLLU_EXTENSION)) {
      return Format.CONLLU;
    }
    return name.endsWith(CONLL_EXTENSION) ? Format.CONLL : Format.TOKENS;
  }

  private ConllUTagColumn parseColumn(CommandLine cl, Format chosen) {
    if (column == null) {
      return null;
    }
    if (chosen != Format.CONLLU) {
      throw new CommandLine.ParameterException(cl, "--column applies to --format conllu only");
    }
    try {
      return ConllUTagColumn.parse(column);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(cl, "Invalid value '" + column + "' for --column: expected upos|xpos");
    }
  }

  /** CoNLL settings: 0-based word column, optional 0-based replaced column, separator (null = sniff). */
  private record ConllOptions(int wordColumn, OptionalInt replacedColumn, ColumnSeparator separator) {}

  private ConllOptions parseConllOptions(CommandLine cl, Format chosen) {
    if (chosen != Format.CONLL) {
      if (wordColumn != null || tagColumn != null || separator != null) {
        throw new CommandLine.ParameterException(cl,
            "--word-column, --tag-column and --separator apply to --format conll only");
      }
      return null;
    }
    int word = wordColumn == null ? 1 : wordColumn;
    if (word < 1 || (tagColumn != null && tagColumn < 1)) {
      throw new CommandLine.ParameterException(cl, "--word-column and --tag-column are 1-based: expected >= 1");
    }
    if (tagColumn != null && tagColumn == word) {
      throw new CommandLine.ParameterException(cl, "--tag-column " + tagColumn + " is the word column: expected another column");
    }
    ColumnSeparator sep = switch (separator == null ? "auto" : separator.toLowerCase(Locale.ROOT)) {
      case "auto" -> null;
      case "tab" -> ColumnSeparator.TAB;
      case "whitespace" -> ColumnSeparator.WHITESPACE;
      default -> throw new CommandLine.ParameterException(cl,
          "Invalid value '" + separator + "' for --separator: expected auto|tab|whitespace");
    };
    return new ConllOptions(word - 1, tagColumn == null ? OptionalInt.empty() : OptionalInt.of(tagColumn - 1), sep);
  }

  private TaggableStream<?> open(Format chosen, BufferedInputStream bytes, NeuralTagger tagger,
      ConllUTagColumn forcedColumn, ConllOptions conll) throws IOException {
    return switch (chosen) {
      case CONLLU -> new ConllUTagStream(TextStreams.lines(bytes, input),
          forcedColumn != null ? forcedColumn : ModelTagColumn.of(tagger));
      case TOKENS -> new TokenLineTagStream(TextStreams.lines(bytes, input));
      case CONLL -> {
        ColumnSeparator sep = conll.separator() != null ? conll.separator() : ColumnSeparatorSniffer.sniff(bytes);
        ConllColumnFormat base = new ConllColumnFormat(sep, conll.wordColumn(), OptionalInt.empty(),
            java.util.Optional.of(ConllColumnFormat.DOCSTART), java.util.Optional.empty());
        ConllColumnFormat columns = conll.replacedColumn().isPresent()
            ? base.withColumns(conll.wordColumn(), conll.replacedColumn().getAsInt()) : base;
        yield new ConllTagStream(TextStreams.lines(bytes, input), columns, conll.replacedColumn());
      }
    };
  }

  private static void printStats(PrintWriter err, StreamTagging.Stats s, long loadNanos, Tagger tagger) {
    double process = ManagementFactory.getRuntimeMXBean().getUptime() / MILLIS_PER_SECOND;
    double tagging = s.taggingNanos() / NANOS_PER_SECOND;
    err.printf(Locale.ROOT, "seq4j tag: %d sentences, %d tokens in %d batch(es)%n", s.sentences(), s.tokens(),
        s.chunks());
    err.printf(Locale.ROOT, "seq4j tag: whole process %.0f tokens/s (%.3f s since JVM start, model load %.3f s,"
        + " tagging %.3f s = %.0f tokens/s cold)%n", rate(s.tokens(), process), process,
        loadNanos / NANOS_PER_SECOND, tagging, rate(s.tokens(), tagging));
    StreamTagging.SteadyState steady = StreamTagging.steadyState(tagger, s.sample());
    double best = steady.bestNanos() / NANOS_PER_SECOND;
    err.printf(Locale.ROOT, "seq4j tag: steady state %.0f tokens/s (fastest of %d more passes over the first"
        + " %d sentences, %d tokens: %.3f s)%n", rate(steady.tokens(), best), StreamTagging.STEADY_STATE_PASSES,
        s.sample().size(), steady.tokens(), best);
    err.flush();
  }

  private static double rate(long tokens, double seconds) {
    return seconds > 0 ? tokens / seconds : 0;
  }
}
