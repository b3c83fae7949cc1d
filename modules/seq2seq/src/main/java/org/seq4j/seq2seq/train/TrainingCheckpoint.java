package org.seq4j.seq2seq.train;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.seq4j.nn.optim.Adam;
import org.seq4j.corpus.BadInputException;
import org.seq4j.nn.model.ModelReader;
import org.seq4j.nn.model.ModelWriter;
import org.seq4j.nn.model.SavedModel;
import org.seq4j.nn.param.Parameter;

/**
 * The resume checkpoint: one model file of kind {@value #KIND} holding the translator (config,
 * vocabularies, current parameters, as in a {@code seq2seq} model file), the optimizer state
 * ({@code adam.m.*}, {@code adam.v.*}, the step count and learning rate), the best epoch's
 * parameters ({@code best.*}) and the {@link TrainingProgress} history under config key
 * {@code training}. Random state needs no entry: every random source of training is re-seeded from
 * the run seed and the epoch number at each epoch start, and checkpoints are written between epochs.
 */
final class TrainingCheckpoint {
  static final String KIND = "seq2seq-checkpoint";
  private static final String TRAINING_KEY = "training";
  private static final String EPOCH = "epoch";
  private static final String STEPS = "optimizer_steps";
  private static final String LEARNING_RATE = "learning_rate";
  private static final String MIN_DELTA = "min_delta";
  private static final String HISTORY = "history";
  private static final String BEST_PREFIX = "best.";
  private static final String OPTIMIZER_PREFIX = "adam.";
  private static final ObjectMapper JSON = new ObjectMapper();

  private TrainingCheckpoint() {}

  /** What a checkpoint restores. */
  record Loaded(NeuralTranslator translator, TrainingProgress progress, long optimizerSteps, double learningRate,
      Map<String, INDArray> optimizerState, Map<String, INDArray> best) {}

  /** Writes atomically (a crash mid-write leaves the previous checkpoint). */
  static void write(Path file, NeuralTranslator translator, TrainingProgress progress, Adam adam,
      BestParameters best) throws IOException {
    Map<String, Object> training = new LinkedHashMap<>();
    training.put(EPOCH, progress.epoch());
    training.put(STEPS, adam.steps());
    training.put(LEARNING_RATE, adam.learningRate());
    training.put(MIN_DELTA, progress.minDelta());
    training.put(HISTORY, progress.toJson());
    ModelWriter writer = translator.writer(KIND, Map.of(TRAINING_KEY, training));
    adam.state().forEach(writer::parameter);
    best.values().forEach((name, value) -> writer.parameter(BEST_PREFIX + name, value));
    writer.write(file);
  }

  @SuppressWarnings("unchecked")
  static Loaded read(Path file) {
    SavedModel saved = ModelReader.read(file);
    String source = file.toString();
    if (!KIND.equals(saved.kind())) {
      throw new BadInputException(source, BadInputException.NO_LINE,
          "model kind is '" + saved.kind() + "', expected a training checkpoint ('" + KIND + "')");
    }
    NeuralTranslator translator = NeuralTranslator.withoutParameters(saved);
    for (Parameter p : translator.network().parameters().list()) {
      INDArray stored = saved.parameters().get(p.name());
      if (stored == null || !Arrays.equals(stored.shape(), p.value().shape())) {
        throw new BadInputException(source, BadInputException.NO_LINE, "parameter " + p.name()
            + (stored == null ? " is missing" : " has shape " + Arrays.toString(stored.shape())));
      }
      p.value().assign(stored.castTo(p.value().dataType()));
    }
    Map<String, Object> config = JSON.convertValue(saved.config(), Map.class);
    Map<String, Object> training = (Map<String, Object>) config.get(TRAINING_KEY);
    if (training == null) {
      throw new BadInputException(source, BadInputException.NO_LINE, "config has no '" + TRAINING_KEY + "' entry");
    }
    TrainingProgress progress = TrainingProgress.fromJson((List<Map<String, Object>>) training.get(HISTORY),
        ((Number) training.get(MIN_DELTA)).doubleValue());
    Map<String, INDArray> optimizer = new LinkedHashMap<>();
    Map<String, INDArray> best = new LinkedHashMap<>();
    saved.parameters().forEach((name, value) -> {
      if (name.startsWith(OPTIMIZER_PREFIX)) {
        optimizer.put(name, value);
      } else if (name.startsWith(BEST_PREFIX)) {
        best.put(name.substring(BEST_PREFIX.length()), value);
      }
    });
    return new Loaded(translator, progress, ((Number) training.get(STEPS)).longValue(),
        ((Number) training.get(LEARNING_RATE)).doubleValue(), optimizer, best);
  }
}
