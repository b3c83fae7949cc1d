package org.seq4j.seq2seq.train;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.seq4j.corpus.SentencePair;
import org.seq4j.nn.backend.NativeBackend;
import org.seq4j.nn.rnn.CellType;
import org.seq4j.seq2seq.model.AttentionType;
import org.seq4j.seq2seq.model.Seq2SeqConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A measurement, not a test: trains on Multi30k de→en and logs tokens/s, dev BLEU per epoch (also in
 * {@code target/multi30k-<attention>/metrics.jsonl}), test BLEU and greedy sentences/s. Run as a main
 * on the test classpath: {@code Multi30kExperiment [none|dot|general] [epochs] [hidden] [batchTokens]}.
 */
public final class Multi30kExperiment {
  private static final Logger LOG = LoggerFactory.getLogger(Multi30kExperiment.class);

  private Multi30kExperiment() {}

  public static void main(String[] args) throws Exception {
    trainAndMeasure(AttentionType.fromShortName(args.length > 0 ? args[0] : "general"),
        args.length > 1 ? Integer.parseInt(args[1]) : 10, args.length > 2 ? Integer.parseInt(args[2]) : 256,
        args.length > 3 ? Integer.parseInt(args[3]) : 1500);
  }
  private static final String PREFIX = ".lc.norm.tok.";

  static void trainAndMeasure(AttentionType attention, int epochs, int hidden, int batchTokens) throws Exception {
    NativeBackend.configureFromEnvironment();
    Path dir = Path.of(System.getProperty("seq4j.corpora", "corpora"), "multi30k-de-en", "tok");
    if (!Files.isDirectory(dir)) {
      throw new IllegalStateException("Multi30k not found under " + dir + " (scripts/fetch-corpora)");
    }
    Seq2SeqConfig config = new Seq2SeqConfig(1, 1, CellType.LSTM, 256, hidden, 1, 1, 0.3, attention, false, false,
        100, 42L);
    Seq2SeqTrainingOptions options = new Seq2SeqTrainingOptions(epochs, 0.002, 5.0, batchTokens, 0.1,
        Seq2SeqTrainingOptions.BLEU, 4, 0.5, 1, 2, 1014, 42L);
    Path out = Path.of("target", "multi30k-" + attention.shortName());
    Files.createDirectories(out);
    Seq2SeqTrainer.Outcome outcome;
    try (BufferedWriter metrics = Files.newBufferedWriter(out.resolve("metrics.jsonl"), StandardCharsets.UTF_8)) {
      outcome = new Seq2SeqTrainer(config, options, DecodingOptions.GREEDY.withBeam(5, 0.6))
          .train(read(dir, "train"), read(dir, "val"), metrics);
    }
    LOG.info("training: {}", outcome.result());
    outcome.translator().save(out.resolve("model.zip"));
    List<SentencePair> test = read(dir, "test_2016_flickr");
    long start = System.nanoTime();
    var greedy = Seq2SeqTrainer.evaluate(outcome.translator(), test);
    double seconds = (System.nanoTime() - start) / 1e9;
    LOG.info("test greedy {} ; greedy decoding {} sentences/s ({} sentences in {} s)", greedy,
        test.size() / seconds, test.size(), seconds);
    NeuralTranslator beam = outcome.translator();
    start = System.nanoTime();
    List<String> hyps = beam.translateAll(test.stream().map(SentencePair::source).toList());
    seconds = (System.nanoTime() - start) / 1e9;
    double bleu = new org.seq4j.eval.bleu.Bleu(org.seq4j.eval.bleu.BleuOptions.defaults())
        .evaluateCorpus(hyps, List.of(test.stream().map(SentencePair::target).toList())).score();
    LOG.info("test beam 5 alpha 0.6: BLEU {} ; {} sentences/s", bleu, test.size() / seconds);
  }

  private static List<SentencePair> read(Path dir, String split) throws Exception {
    List<String> de = Files.readAllLines(dir.resolve(split + PREFIX + "de"), StandardCharsets.UTF_8);
    List<String> en = Files.readAllLines(dir.resolve(split + PREFIX + "en"), StandardCharsets.UTF_8);
    List<SentencePair> pairs = new ArrayList<>();
    for (int i = 0; i < de.size(); i++) {
      pairs.add(new SentencePair(de.get(i), en.get(i)));
    }
    return pairs;
  }
}
