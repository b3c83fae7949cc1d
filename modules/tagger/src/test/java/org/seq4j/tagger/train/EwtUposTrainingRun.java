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
import org.seq4j.corpus.io.conllu.ConllUReader;
import org.seq4j.corpus.io.conllu.ConllUTagColumn;
import org.seq4j.nn.backend.NativeBackend;
import org.seq4j.nn.train.MetricsLog;
import org.seq4j.tagger.model.TaggerConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Measurement, not a test: trains a UPOS tagger on UD English EWT and logs per-epoch dev accuracy,
 * seconds and tokens/s per epoch, test accuracy, and tagAll throughput, starting from
 * {@link TaggerPresets}' POS settings without pretrained vectors ({@link CorpusTrainingRun} also
 * does XPOS, WNUT-17 and vectors). Disabled unless {@code -Dseq4j.ewt.run=true}; skips when the
 * corpus is absent. Settings can be overridden with
 * {@code -Dseq4j.ewt.model=key=value,...} and {@code -Dseq4j.ewt.train=key=value,...}. Run:
 *
 * <pre>mvn -B -o -q -pl modules/tagger test -Dtest=EwtUposTrainingRun -Dseq4j.ewt.run=true</pre>
 */
@EnabledIfSystemProperty(named = "seq4j.ewt.run", matches = "true")
class EwtUposTrainingRun {

  private static final Logger LOG = LoggerFactory.getLogger(EwtUposTrainingRun.class);
  private static final Path EWT = Path.of(System.getProperty("seq4j.corpora", "../../corpora"), "ud-en-ewt");
  private static final Path OUT = Path.of("target", "ewt-upos-run");
  private static final double NANOS_PER_SECOND = 1e9;


  @Test
  void trainAndMeasure() throws IOException {
    Path trainFile = EWT.resolve("en_ewt-ud-train.conllu");
    Assumptions.assumeTrue(Files.isReadable(trainFile), "EWT not found at " + EWT);
    NativeBackend.configureFromEnvironment();
    List<TaggedSentence> train = read(trainFile);
    List<TaggedSentence> dev = read(EWT.resolve("en_ewt-ud-dev.conllu"));
    List<TaggedSentence> test = read(EWT.resolve("en_ewt-ud-test.conllu"));
    TaggerConfig config = TaggerPresets.posModel().with(overrides("seq4j.ewt.model"));
    TaggerTrainingOptions options = TaggerPresets.posTraining().with(overrides("seq4j.ewt.train"));
    LOG.info("EWT: {} train, {} dev, {} test sentences; model {}; training {}", train.size(), dev.size(), test.size(),
        config.toMap(), options.toMap());

    Files.createDirectories(OUT);
    TrainedTagger trained;
    try (Writer metrics = Files.newBufferedWriter(OUT.resolve("metrics.jsonl"), StandardCharsets.UTF_8)) {
      trained = new TaggerTrainer(config, options).train(train, dev, new MetricsLog(metrics));
    }
    Files.readAllLines(OUT.resolve("metrics.jsonl")).forEach(line -> LOG.info("metrics: {}", line));

    List<List<String>> testWords = test.stream().map(TaggedSentence::words).toList();
    long testTokens = testWords.stream().mapToLong(List::size).sum();
    long start = System.nanoTime();
    trained.tagger().tagAll(testWords);
    double seconds = (System.nanoTime() - start) / NANOS_PER_SECOND;
    Map<String, Double> testScores = new DevScorer(trained.tagger().tags()).score(trained.tagger(), test);
    LOG.info("RESULT best epoch {} of {}, dev {}, test {}; training {} s for {} tokens/epoch; "
        + "tagAll {} tokens in {} s = {} tokens/s", trained.result().bestEpoch(), trained.result().epochs(),
        trained.bestDevMetrics(), testScores, trained.trainSeconds(), trained.trainTokens(), testTokens, seconds,
        testTokens / seconds);
    trained.tagger().save(OUT.resolve("model.zip"), Map.of("corpus", "ud-en-ewt", "seed", options.seed()));
  }

  private static List<TaggedSentence> read(Path file) throws IOException {
    try (var reader = ConllUReader.openTagged(file, ConllUTagColumn.UPOS)) {
      return reader.readAll();
    }
  }

  private static Map<String, Object> overrides(String property) {
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
