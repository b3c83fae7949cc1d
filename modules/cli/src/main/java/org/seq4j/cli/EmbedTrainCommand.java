package org.seq4j.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.seq4j.corpus.io.Utf8LineReader;
import org.seq4j.corpus.tokenize.Tokenizer;
import org.seq4j.corpus.tokenize.Tokenizers;
import org.seq4j.embeddings.VectorFormat;
import org.seq4j.embeddings.Word2VecSettings;
import org.seq4j.embeddings.Word2VecTrainer;
import org.seq4j.embeddings.WordVectors;
import org.seq4j.embeddings.WordVectorsWriter;
import org.seq4j.nn.backend.NativeBackend;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code seq4j embed train}: word2vec (DL4J, one worker thread, so the seed fixes the result) on
 * text files with one sentence per line, tokenized by {@code --tokenizer} (default whitespace, for
 * text that is already tokenized), written as word2vec text or binary or GloVe text. Settings and
 * defaults are {@link Word2VecSettings}'s, the same as a recipe's {@code embed} section.
 */
@Command(
    name = "train",
    mixinStandardHelpOptions = true,
    description = "Train word2vec vectors on text files (one sentence per line) and write them to --out.")
final class EmbedTrainCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--input", required = true, paramLabel = "F", description = "Text file(s), one sentence per line (repeatable).")
  List<Path> inputs = new ArrayList<>();

  @Option(names = "--out", required = true, paramLabel = "V", description = "Vector file to write (atomically).")
  Path out;

  @Option(names = "--format", paramLabel = "FORMAT",
      description = "word2vec|word2vec-binary|glove (default: word2vec-binary for *.bin, else word2vec).")
  String format;

  @Option(names = "--tokenizer", paramLabel = "NAME", description = "Tokenizer for the input lines (default: ${DEFAULT-VALUE}).")
  String tokenizer = "whitespace";

  @Option(names = "--lowercase", description = "Lowercase the text before training.")
  boolean lowercase;

  @Option(names = "--algorithm", paramLabel = "skipgram|cbow", description = "Default: ${DEFAULT-VALUE}.")
  String algorithm = "skipgram";

  @Option(names = "--dim", paramLabel = "N", description = "Vector size (default: ${DEFAULT-VALUE}).")
  int dimension = Word2VecSettings.DEFAULT_DIMENSION;

  @Option(names = "--window", paramLabel = "N", description = "Context words on each side (default: ${DEFAULT-VALUE}).")
  int window = Word2VecSettings.DEFAULT_WINDOW;

  @Option(names = "--min-count", paramLabel = "N", description = "Drop words seen fewer times (default: ${DEFAULT-VALUE}).")
  int minCount = Word2VecSettings.DEFAULT_MIN_COUNT;

  @Option(names = "--epochs", paramLabel = "N", description = "Passes over the text (default: ${DEFAULT-VALUE}).")
  int epochs = Word2VecSettings.DEFAULT_EPOCHS;

  @Option(names = "--negative", paramLabel = "N", description = "Negative samples; 0 = hierarchical softmax (default: ${DEFAULT-VALUE}).")
  int negative = Word2VecSettings.DEFAULT_NEGATIVE;

  @Option(names = "--lr", paramLabel = "X", description = "Initial learning rate (default: ${DEFAULT-VALUE}).")
  double learningRate = Word2VecSettings.DEFAULT_LEARNING_RATE;

  @Option(names = "--seed", paramLabel = "N", description = "Random seed (default: ${DEFAULT-VALUE}).")
  long seed = 42L;

  @Override
  public Integer call() throws IOException {
    CommandLine cl = spec.commandLine();
    VectorFormat outFormat = format == null ? VectorFiles.forWriting(out) : VectorFiles.parse(format, "--format", cl);
    Word2VecSettings settings = settings(cl);
    Tokenizer tok;
    try {
      tok = Tokenizers.byName(tokenizer);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(cl, e.getMessage());
    }
    List<String> sentences = new ArrayList<>();
    long tokens = 0;
    for (Path input : inputs) {
      for (String line : Utf8LineReader.readAllLines(input)) {
        List<String> words = tok.tokenize(lowercase ? line.toLowerCase(Locale.ROOT) : line);
        if (!words.isEmpty()) {
          sentences.add(String.join(" ", words));
          tokens += words.size();
        }
      }
    }
    if (sentences.isEmpty()) {
      throw new CommandLine.ParameterException(cl, "--input has no text to train on (all lines are empty)");
    }
    NativeBackend.configureFromEnvironment();
    WordVectors vectors = Word2VecTrainer.train(sentences, settings);
    if (vectors.size() == 0) {
      throw new CommandLine.ParameterException(cl, "no word occurs --min-count " + minCount
          + " times in " + tokens + " tokens: nothing to write");
    }
    WordVectorsWriter.write(vectors, out, outFormat);
    PrintWriter err = cl.getErr();
    err.printf(Locale.ROOT, "seq4j embed train: %d sentences, %d tokens -> %d vectors of %d dimensions in %s (%s)%n",
        sentences.size(), tokens, vectors.size(), vectors.dimension(), out, outFormat.shortName());
    err.flush();
    return 0;
  }

  private Word2VecSettings settings(CommandLine cl) {
    Word2VecSettings.Algorithm algo = switch (algorithm.toLowerCase(Locale.ROOT)) {
      case "skipgram" -> Word2VecSettings.Algorithm.SKIPGRAM;
      case "cbow" -> Word2VecSettings.Algorithm.CBOW;
      default -> throw new CommandLine.ParameterException(cl,
          "Invalid value '" + algorithm + "' for --algorithm: expected skipgram|cbow");
    };
    if (!(learningRate > 0)) {
      throw new CommandLine.ParameterException(cl, "Invalid value " + learningRate + " for --lr: expected > 0");
    }
    try {
      return new Word2VecSettings(algo, dimension, window, minCount, epochs, negative, learningRate, seed);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(cl,
          "--dim, --window, --min-count and --epochs must be >= 1 and --negative >= 0");
    }
  }
}
