package org.seq4j.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.seq4j.corpus.BadInputException;
import org.seq4j.embeddings.WordVectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code seq4j embed neighbours}: the {@code k} words whose vectors are most cosine-similar to each
 * {@code --word}, printed as {@code WORD<TAB>NEIGHBOUR<TAB>SIMILARITY} lines, most similar first. A
 * word without a vector is bad input (exit 2).
 */
@Command(
    name = "neighbours",
    aliases = "neighbors",
    mixinStandardHelpOptions = true,
    description = "Nearest neighbours by cosine similarity: WORD<TAB>NEIGHBOUR<TAB>SIMILARITY lines.")
final class EmbedNeighboursCommand implements Callable<Integer> {

  static final int DEFAULT_K = 10;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--vectors", required = true, paramLabel = "V", description = "Vector file.")
  Path vectorsFile;

  @Option(names = "--vectors-format", paramLabel = "FORMAT",
      description = "word2vec|word2vec-binary|glove (default: detected from the file).")
  String vectorsFormat;

  @Option(names = "--word", required = true, paramLabel = "W", description = "Query word (repeatable).")
  List<String> words = new ArrayList<>();

  @Option(names = "-k", paramLabel = "K", description = "Neighbours per word (default: ${DEFAULT-VALUE}).")
  int k = DEFAULT_K;

  @Override
  public Integer call() throws IOException {
    CommandLine cl = spec.commandLine();
    if (k < 1) {
      throw new CommandLine.ParameterException(cl, "Invalid value " + k + " for -k: expected >= 1");
    }
    WordVectors vectors = VectorFiles.read(vectorsFile,
        vectorsFormat == null ? null : VectorFiles.parse(vectorsFormat, "--vectors-format", cl));
    for (String word : words) {
      if (!vectors.contains(word)) {
        String lower = word.toLowerCase(Locale.ROOT);
        String hint = !lower.equals(word) && vectors.contains(lower) ? " ('" + lower + "' has one)" : "";
        throw new BadInputException(vectorsFile, BadInputException.NO_LINE,
            "no vector for '" + word + "'" + hint + "; expected a word of its " + vectors.size() + " words");
      }
    }
    PrintWriter out = cl.getOut();
    for (String word : words) {
      for (WordVectors.Neighbour n : vectors.nearest(word, k)) {
        out.printf(Locale.ROOT, "%s\t%s\t%.4f%n", word, n.word(), n.similarity());
      }
    }
    out.flush();
    return 0;
  }
}
