package org.seq4j.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.seq4j.corpus.io.conllu.ConllUReader;
import org.seq4j.corpus.io.conllu.ConllUSentence;
import org.seq4j.corpus.tokenize.Tokenizer;
import org.seq4j.corpus.tokenize.Tokenizers;
import org.seq4j.corpus.io.Utf8LineReader;
import org.seq4j.embeddings.Coverage;
import org.seq4j.embeddings.WordVectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code seq4j embed coverage}: how many word types and running tokens of a corpus (text files,
 * CoNLL-U files) or a vocabulary file have a vector, exactly and with the lowercase fallback that
 * embedding initialisation uses ({@link Coverage}). A vocabulary file has one word per line,
 * optionally followed by whitespace and its count (seq4j's {@code vocab.txt} has counts; a bare
 * word counts once).
 */
@Command(
    name = "coverage",
    mixinStandardHelpOptions = true,
    description = "Coverage of a corpus or vocabulary by word vectors, by type and by token, exact and lowercased.")
final class EmbedCoverageCommand implements Callable<Integer> {

  private static final double PERCENT = 100.0;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--vectors", required = true, paramLabel = "V", description = "Vector file.")
  Path vectorsFile;

  @Option(names = "--vectors-format", paramLabel = "FORMAT",
      description = "word2vec|word2vec-binary|glove (default: detected from the file).")
  String vectorsFormat;

  @Option(names = "--corpus", paramLabel = "F", description = "Text file, one sentence per line (repeatable).")
  List<Path> corpora = new ArrayList<>();

  @Option(names = "--conllu", paramLabel = "F", description = "CoNLL-U file; its word forms are counted (repeatable).")
  List<Path> conllus = new ArrayList<>();

  @Option(names = "--vocab", paramLabel = "F", description = "Vocabulary file: 'word' or 'word count' per line (repeatable).")
  List<Path> vocabularies = new ArrayList<>();

  @Option(names = "--tokenizer", paramLabel = "NAME", description = "Tokenizer for --corpus lines (default: ${DEFAULT-VALUE}).")
  String tokenizer = "whitespace";

  @Option(names = "--json", description = "Print one JSON object.")
  boolean json;

  @Override
  public Integer call() throws IOException {
    CommandLine cl = spec.commandLine();
    if (corpora.isEmpty() && conllus.isEmpty() && vocabularies.isEmpty()) {
      throw new CommandLine.ParameterException(cl, "Give at least one --corpus, --conllu or --vocab file");
    }
    Tokenizer tok;
    try {
      tok = Tokenizers.byName(tokenizer);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(cl, e.getMessage());
    }
    WordCounts counts = new WordCounts();
    for (Path file : corpora) {
      for (String line : Utf8LineReader.readAllLines(file)) {
        tok.tokenize(line).forEach(counts::add);
      }
    }
    for (Path file : conllus) {
      for (ConllUSentence sentence : ConllUReader.readAll(file)) {
        sentence.forms().forEach(counts::add);
      }
    }
    for (Path file : vocabularies) {
      counts.addVocabularyFile(file);
    }
    WordVectors vectors = VectorFiles.read(vectorsFile,
        vectorsFormat == null ? null : VectorFiles.parse(vectorsFormat, "--vectors-format", cl));
    Coverage coverage = Coverage.of(counts.asMap(), vectors);
    PrintWriter out = cl.getOut();
    if (json) {
      out.println(new ObjectMapper().writeValueAsString(toJson(coverage, vectors)));
    } else {
      out.println(coverage.summary());
    }
    out.flush();
    return 0;
  }

  private static Map<String, Object> toJson(Coverage c, WordVectors vectors) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("vectors", vectors.size());
    m.put("dimension", vectors.dimension());
    m.put("types", c.types());
    m.put("tokens", c.tokens());
    m.put("types_exact", c.typesExact());
    m.put("tokens_exact", c.tokensExact());
    m.put("types_with_lowercase", c.typesWithLowercase());
    m.put("tokens_with_lowercase", c.tokensWithLowercase());
    m.put("type_rate", c.typeRate());
    m.put("token_rate", c.tokenRate());
    m.put("type_rate_exact", c.types() == 0 ? 0.0 : PERCENT * c.typesExact() / c.types());
    m.put("token_rate_exact", c.tokens() == 0 ? 0.0 : PERCENT * c.tokensExact() / c.tokens());
    return m;
  }
}
