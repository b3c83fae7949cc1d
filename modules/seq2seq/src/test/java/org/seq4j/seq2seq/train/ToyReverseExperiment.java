package org.seq4j.seq2seq.train;

import java.io.StringWriter;
import java.util.Map;
import org.seq4j.nn.backend.NativeBackend;
import org.seq4j.nn.rnn.CellType;
import org.seq4j.seq2seq.model.AttentionType;
import org.seq4j.seq2seq.model.Seq2SeqConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A measurement, not a test: trains one architecture on the toy reverse task and logs the per-epoch
 * metrics and the test exact match, to choose what {@link Seq2SeqToyIT} asserts. Run as a main on the
 * test classpath: {@code ToyReverseExperiment attention inputFeeding deepOutput cell maxLength trainSize
 * hidden epochs learningRate batchTokens}.
 */
public final class ToyReverseExperiment {
  private static final Logger LOG = LoggerFactory.getLogger(ToyReverseExperiment.class);
  private static final int EMBEDDING = 32;
  private static final int MAX_SOURCE_LENGTH = 40;

  private ToyReverseExperiment() {}

  public static void main(String[] args) {
    NativeBackend.configureFromEnvironment();
    int i = 0;
    AttentionType attention = AttentionType.fromShortName(args[i++]);
    boolean inputFeeding = Boolean.parseBoolean(args[i++]);
    boolean deepOutput = Boolean.parseBoolean(args[i++]);
    CellType cell = CellType.fromShortName(args[i++]);
    int maxLength = Integer.parseInt(args[i++]);
    int trainSize = Integer.parseInt(args[i++]);
    int hidden = Integer.parseInt(args[i++]);
    int epochs = Integer.parseInt(args[i++]);
    double learningRate = Double.parseDouble(args[i++]);
    int batchTokens = Integer.parseInt(args[i++]);
    Seq2SeqConfig config = new Seq2SeqConfig(1, 1, cell, EMBEDDING, hidden, 1, 1, 0.0, attention, false, false,
        MAX_SOURCE_LENGTH, 11L, inputFeeding, deepOutput);
    Seq2SeqTrainingOptions options = new Seq2SeqTrainingOptions(epochs, learningRate, 5.0, batchTokens, 0.0,
        Seq2SeqTrainingOptions.EXACT_MATCH, epochs, 0.5, 1, 1, 200, 7L);
    StringWriter metrics = new StringWriter();
    long start = System.nanoTime();
    Seq2SeqTrainer.Outcome outcome = new Seq2SeqTrainer(config, options, DecodingOptions.GREEDY)
        .train(Seq2SeqToyIT.data(maxLength, trainSize, 1), Seq2SeqToyIT.data(maxLength, 300, 2), metrics);
    double seconds = (System.nanoTime() - start) / 1e9;
    Map<String, Double> test = Seq2SeqTrainer.evaluate(outcome.translator(), Seq2SeqToyIT.data(maxLength, 500, 3));
    LOG.info("{}\n{} in {} s; test {}", metrics, outcome.result(), seconds, test);
  }
}
