package org.seq4j.tagger.train;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.seq4j.corpus.TaggedSentence;
import org.seq4j.corpus.io.conll.ConllColumnFormat;
import org.seq4j.corpus.io.conll.ConllReader;
import org.seq4j.corpus.io.conllu.ConllUReader;
import org.seq4j.corpus.io.conllu.ConllUTagColumn;
import org.seq4j.corpus.tags.TagScheme;
import org.seq4j.embeddings.VectorFormat;
import org.seq4j.embeddings.WordVectorsReader;
import org.seq4j.nn.backend.NativeBackend;
import org.seq4j.nn.train.MetricsLog;
import org.seq4j.tagger.model.TaggerConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Measurement, not a test: trains a tagger on a real corpus and logs per-epoch dev scores, the best
 * epoch, test scores and the wall time. Tasks ({@code -Dseq4j.run.task}): {@code upos} and
 * {@code xpos} (UD English EWT), {@code wnut17} (WNUT-17 NER, trained in BIOES; entity scores over
 * BIOES spans, which are the IOB2 spans of the files). Settings start from {@link
 * TaggerPresets} for the task and take overrides from {@code -Dseq4j.run.model=key=value,...} and
 * {@code -Dseq4j.run.train=key=value,...}; {@code -Dseq4j.run.vectors=FILE} initialises word
 * embeddings from word2vec text vectors (see {@link EnglishVectorsRun}). Skips when the corpus is
 * absent. Run:
 *
 * <pre>mvn -B -o -q -pl modules/tagger test -Dtest=CorpusTrainingRun -Dseq4j.run.task=upos \
 *   "-DargLine=-Xmx2g -Dorg.bytedeco.javacpp.maxbytes=3G -Dorg.bytedeco.javacpp.maxphysicalbytes=5G"</pre>
 */
@EnabledIfSystemProperty(named = "seq4j.run.task", matches = "upos|xpos|wnut17")
class CorpusTrainingRun {

  private static final Logger LOG = LoggerFactory.getLogger(CorpusTrainingRun.class);
  private static final Path CORPORA = Path.of(System.getProperty("seq4j.corpora", "../../corpora"));
  private static final double NANOS_PER_SECOND = 1e9;

  /**
   * Runs the measurement outside Surefire (same system properties), e.g. from a private copy of the
   * classpath, so that a module re-installed during a long run cannot pull classes from under it.
   */
  public static void main(String[] args) throws IOException {
    new CorpusTrainingRun().trainAndMeasure();
  }

  @Test
  void trainAndMeasure() throws IOException {
    String task = System.getProperty("seq4j.run.task");
    Splits splits = switch (task) {
      case "upos" -> ewt(ConllUTagColumn.UPOS);
      case "xpos" -> ewt(ConllUTagColumn.XPOS);
      default -> wnut();
    };
    Assumptions.assumeTrue(splits != null, "corpus for " + task + " not found under " + CORPORA);
    NativeBackend.configureFromEnvironment();
    boolean ner = task.equals("wnut17");
    TaggerConfig config = (ner ? TaggerPresets.nerModel() : TaggerPresets.posModel())
        .with(overrides("seq4j.run.model"));
    TaggerTrainingOptions options = (ner ? TaggerPresets.nerTraining() : TaggerPresets.posTraining())
        .with(overrides("seq4j.run.train"));
    LOG.info("{}: {} train, {} dev, {} test sentences; model {}; training {}", task, splits.train.size(),
        splits.dev.size(), splits.test.size(), config.toMap(), options.toMap());

    TaggerTrainer trainer = new TaggerTrainer(config, options);
    String vectors = System.getProperty("seq4j.run.vectors", "");
    if (!vectors.isEmpty()) {
      trainer = trainer.withPretrainedVectors(WordVectorsReader.read(Path.of(vectors), VectorFormat.WORD2VEC_TEXT));
    }
    Path out = Path.of("target", "run-" + task);
    Files.createDirectories(out);
    TrainedTagger trained;
    try (Writer metrics = Files.newBufferedWriter(out.resolve("metrics.jsonl"), StandardCharsets.UTF_8)) {
      trained = trainer.train(splits.train, splits.dev, new MetricsLog(metrics));
    }
    Files.readAllLines(out.resolve("metrics.jsonl")).forEach(line -> LOG.info("metrics: {}", line));

    List<List<String>> testWords = splits.test.stream().map(TaggedSentence::words).toList();
    long testTokens = testWords.stream().mapToLong(List::size).sum();
    long start = System.nanoTime();
    trained.tagger().tagAll(testWords);
    double seconds = (System.nanoTime() - start) / NANOS_PER_SECOND;
    Map<String, Double> testScores = new DevScorer(trained.tagger().tags()).score(trained.tagger(), splits.test);
    LOG.info("RESULT {} vectors={} best epoch {} of {}, dev {}, test {}; training {} s for {} tokens/epoch; "
        + "tagAll {} tokens/s", task, vectors.isEmpty() ? "none" : vectors, trained.result().bestEpoch(),
        trained.result().epochs(), trained.bestDevMetrics(), testScores, trained.trainSeconds(),
        trained.trainTokens(), testTokens / seconds);
    trained.tagger().save(out.resolve("model.zip"), Map.of("task", task, "seed", options.seed()));
  }

  private record Splits(List<TaggedSentence> train, List<TaggedSentence> dev, List<TaggedSentence> test) {}

  private static Splits ewt(ConllUTagColumn column) throws IOException {
    Path dir = CORPORA.resolve("ud-en-ewt");
    if (!Files.isReadable(dir.resolve("en_ewt-ud-train.conllu"))) {
      return null;
    }
    return new Splits(conllu(dir.resolve("en_ewt-ud-train.conllu"), column),
        conllu(dir.resolve("en_ewt-ud-dev.conllu"), column), conllu(dir.resolve("en_ewt-ud-test.conllu"), column));
  }

  private static Splits wnut() throws IOException {
    Path dir = CORPORA.resolve("wnut17");
    if (!Files.isReadable(dir.resolve("wnut17train.conll"))) {
      return null;
    }
    return new Splits(bioes(dir.resolve("wnut17train.conll")), bioes(dir.resolve("emerging.dev.conll")),
        bioes(dir.resolve("emerging.test.annotated")));
  }

  private static List<TaggedSentence> conllu(Path file, ConllUTagColumn column) throws IOException {
    try (var reader = ConllUReader.openTagged(file, column)) {
      return reader.readAll();
    }
  }

  private static List<TaggedSentence> bioes(Path file) throws IOException {
    try (var reader = ConllReader.openTagged(file, ConllColumnFormat.WORD_TAB_TAG)) {
      return reader.readAll().stream()
          .map(s -> new TaggedSentence(s.words(), TagScheme.IOB2.convert(s.tags(), TagScheme.BIOES)))
          .toList();
    }
  }

  static Map<String, Object> overrides(String property) {
    Map<String, Object> map = new LinkedHashMap<>();
    String text = System.getProperty(property, "").trim();
    if (!text.isEmpty()) {
      for (String pair : text.split(",")) {
        String[] kv = pair.split("=", 2);
        map.put(kv[0].trim(), kv[1].trim());
      }
    }
    return map;
  }
}
