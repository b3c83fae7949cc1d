package org.seq4j.seq2seq.train;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
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
 * on the test classpath (a stopped run resumes from its checkpoint): {@code Multi30kExperiment [none|dot|general|bahdanau] [epochs] [hidden] [batchTokens]
 * [deepOutput] [inputFeeding] [cell]}.
 */
public final class Multi30kExperiment {
  private static final Logger LOG = LoggerFactory.getLogger(Multi30kExperiment.class);

  private Multi30kExperiment() {}

  public static void main(String[] args) throws Exception {
    Seq2SeqConfig config = new Seq2SeqConfig(1, 1, CellType.fromShortName(arg(args, 6, "lstm")), 256,
        Integer.parseInt(arg(args, 2, "256")), 1, 1, 0.3, AttentionType.fromShortName(arg(args, 0, "general")), false,
        false, 100, 42L, Boolean.parseBoolean(arg(args, 5, "false")), Boolean.parseBoolean(arg(args, 4, "false")));
    trainAndMeasure(config, Integer.parseInt(arg(args, 1, "10")), Integer.parseInt(arg(args, 3, "1500")));
  }

  private static String arg(String[] args, int index, String fallback) {
    return args.length > index ? args[index] : fallback;
  }

  private static final String PREFIX = ".lc.norm.tok.";
  private static final int KEEP_CHECKPOINTS = 3;

  static void trainAndMeasure(Seq2SeqConfig config, int epochs, int batchTokens) throws Exception {
    NativeBackend.configureFromEnvironment();
    AttentionType attention = config.attention();
    Path dir = Path.of(System.getProperty("seq4j.corpora", "corpora"), "multi30k-de-en", "tok");
    if (!Files.isDirectory(dir)) {
      throw new IllegalStateException("Multi30k not found under " + dir + " (scripts/fetch-corpora)");
    }
    Seq2SeqTrainingOptions options = new Seq2SeqTrainingOptions(epochs, 0.002, 5.0, batchTokens, 0.1,
        Seq2SeqTrainingOptions.BLEU, 4, 0.5, 1, 2, 1014, 42L);
    Path out = Path.of("target", "multi30k-" + attention.shortName() + (config.deepOutput() ? "-deep" : "")
        + (config.inputFeeding() ? "-if" : ""));
    Files.createDirectories(out);
    Seq2SeqTrainer.Outcome outcome;
    CheckpointOptions checkpoints = new CheckpointOptions(out.resolve("checkpoints"), KEEP_CHECKPOINTS, true);
    Seq2SeqTrainer trainer = new Seq2SeqTrainer(config, options, DecodingOptions.GREEDY.withBeam(5, 0.6))
        .withCheckpoints(checkpoints);
    try (BufferedWriter metrics = Files.newBufferedWriter(out.resolve("metrics.jsonl"), StandardCharsets.UTF_8,
        StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
      outcome = Files.exists(checkpoints.resumeFile())
          ? trainer.resume(checkpoints.resumeFile(), read(dir, "train"), read(dir, "val"), metrics)
          : trainer.train(read(dir, "train"), read(dir, "val"), metrics);
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
