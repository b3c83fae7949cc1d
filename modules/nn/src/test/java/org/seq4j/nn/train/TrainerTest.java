package org.seq4j.nn.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.seq4j.nn.layers.LossAndGradient;
import org.seq4j.nn.layers.Linear;
import org.seq4j.nn.layers.MaskedSoftmaxCrossEntropy;
import org.seq4j.nn.optim.Adam;
import org.seq4j.nn.optim.LearningRateSchedule;
import org.seq4j.nn.optim.MetricMode;
import org.seq4j.nn.optim.ReduceOnPlateau;
import org.seq4j.nn.optim.Sgd;
import org.seq4j.nn.param.Parameter;
import org.seq4j.nn.param.ParameterSet;

class TrainerTest {

  private static final int CLASSES = 3;
  private static final int FEATURES = 2;
  private static final int BATCH = 16;
  /** Class centres far enough apart (noise sd 1) that a linear model reaches ~99% accuracy. */
  private static final double[][] CENTRES = {{4, 0}, {-2, 3.5}, {-2, -3.5}};

  /** Gaussian blobs around the class centres; one batch = features [BATCH, 2] and labels [BATCH]. */
  record Batch(INDArray features, INDArray labels) {}

  private static List<Batch> blobs(long seed, int batches) {
    SplittableRandom random = new SplittableRandom(seed);
    List<Batch> out = new ArrayList<>();
    for (int b = 0; b < batches; b++) {
      double[][] x = new double[BATCH][FEATURES];
      int[] y = new int[BATCH];
      for (int i = 0; i < BATCH; i++) {
        y[i] = random.nextInt(CLASSES);
        for (int f = 0; f < FEATURES; f++) {
          x[i][f] = CENTRES[y[i]][f] + gaussian(random);
        }
      }
      out.add(new Batch(Nd4j.createFromArray(x).castTo(DataType.FLOAT), Nd4j.createFromArray(y)));
    }
    return out;
  }

  private static double gaussian(SplittableRandom random) {
    return Math.sqrt(-2 * Math.log(1 - random.nextDouble())) * Math.cos(2 * Math.PI * random.nextDouble());
  }

  /** Multinomial logistic regression from the library's Linear and softmax cross-entropy. */
  static final class LogisticRegression implements TrainableModel<Batch> {
    final Linear linear = Linear.create("logreg", FEATURES, CLASSES, DataType.FLOAT, 3);
    final ParameterSet parameters = linear.parameters();
    final MaskedSoftmaxCrossEntropy loss = new MaskedSoftmaxCrossEntropy(0.0);

    @Override
    public ParameterSet parameters() {
      return parameters;
    }

    @Override
    public StepResult step(Batch batch) {
      INDArray logits = linear.forward(batch.features());
      LossAndGradient result = loss.lossAndGradient(logits, batch.labels(), null);
      linear.backward(batch.features(), result.gradient());
      return new StepResult(result.loss(), result.tokens());
    }

    double accuracy(List<Batch> data) {
      long correct = 0;
      long total = 0;
      for (Batch b : data) {
        INDArray predicted = linear.forward(b.features()).argMax(1);
        correct += predicted.castTo(DataType.INT).eq(b.labels().castTo(DataType.INT)).castTo(DataType.INT)
            .sumNumber().longValue();
        total += b.labels().length();
      }
      return 100.0 * correct / total;
    }
  }

  @Test
  void logisticRegressionLearnsAndWritesOneMetricsLinePerEpoch() throws Exception {
    List<Batch> train = blobs(1, 20);
    List<Batch> dev = blobs(2, 5);
    LogisticRegression model = new LogisticRegression();
    double before = model.accuracy(dev);
    StringWriter log = new StringWriter();
    TrainingOptions options = new TrainingOptions(8, 5.0, "accuracy", MetricMode.MAX, 3, 0.0);
    Trainer trainer = new Trainer(options, new Adam(model.parameters(), 0.05),
        new ReduceOnPlateau(MetricMode.MAX, 0.5, 1, 1e-4, 0.0), new MetricsLog(log));
    TrainingResult result = trainer.train(model, epoch -> train, epoch -> Map.of("accuracy", model.accuracy(dev)));

    double after = model.accuracy(dev);
    assertTrue(after >= 95.0, "dev accuracy " + after + " (before training " + before + ")");
    assertEquals(result.bestMetric(), after, 1e-9, "the model holds the best epoch's parameters");

    String[] lines = log.toString().split("\n");
    assertEquals(result.epochs(), lines.length);
    JsonNode first = new ObjectMapper().readTree(lines[0]);
    for (String field : List.of("epoch", "step", "train_loss", "dev_accuracy", "lr", "tokens_per_s", "seconds")) {
      assertTrue(first.has(field), field + " in " + lines[0]);
    }
    assertEquals(1, first.get("epoch").asInt());
    assertEquals(train.size(), first.get("step").asInt());
    JsonNode last = new ObjectMapper().readTree(lines[lines.length - 1]);
    assertTrue(last.get("train_loss").asDouble() < first.get("train_loss").asDouble());
  }

  /** One parameter that SGD moves by +lr per batch; the dev metric follows a script. */
  static final class ScriptedModel implements TrainableModel<Integer> {
    final ParameterSet parameters = new ParameterSet();
    final Parameter value = parameters.add(Parameter.of("v", Nd4j.zeros(DataType.DOUBLE, 1)));

    @Override
    public ParameterSet parameters() {
      return parameters;
    }

    @Override
    public StepResult step(Integer batch) {
      value.gradient().assign(-1.0);
      return new StepResult(1.0, 1);
    }
  }

  @Test
  void earlyStoppingRestoresTheBestParameters() {
    double[] script = {50, 70, 65, 69, 90, 95};
    ScriptedModel model = new ScriptedModel();
    List<Double> valuesSeenByDev = new ArrayList<>();
    TrainingOptions options = new TrainingOptions(script.length, TrainingOptions.NO_CLIPPING, "f1", MetricMode.MAX,
        2, 0.0);
    Trainer trainer = new Trainer(options, new Sgd(model.parameters(), 1.0), LearningRateSchedule.constant(),
        MetricsLog.discard());
    TrainingResult result = trainer.train(model, epoch -> List.of(1, 2), epoch -> {
      valuesSeenByDev.add(model.value.value().getDouble(0));
      return Map.of("f1", script[epoch - 1]);
    });

    assertTrue(result.stoppedEarly());
    assertEquals(4, result.epochs(), "epochs 3 and 4 did not improve on epoch 2");
    assertEquals(2, result.bestEpoch());
    assertEquals(70.0, result.bestMetric(), 0.0);
    assertEquals(List.of(2.0, 4.0, 6.0, 8.0), valuesSeenByDev);
    assertEquals(4.0, model.value.value().getDouble(0), 0.0, "parameters of epoch 2 restored");
  }

  @Test
  void withoutDevEvaluationRunsEveryEpochAndKeepsTheLast() {
    ScriptedModel model = new ScriptedModel();
    TrainingOptions options = new TrainingOptions(3, TrainingOptions.NO_CLIPPING, "f1", MetricMode.MAX,
        TrainingOptions.NO_EARLY_STOPPING, 0.0);
    TrainingResult result = new Trainer(options, new Sgd(model.parameters(), 0.5), LearningRateSchedule.constant(),
        MetricsLog.discard()).train(model, epoch -> List.of(1), null);
    assertFalse(result.stoppedEarly());
    assertEquals(3, result.bestEpoch());
    assertEquals(1.5, model.value.value().getDouble(0), 0.0);
  }
}
