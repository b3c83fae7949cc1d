package org.seq4j.tagger.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;
import org.seq4j.nn.backend.NativeBackend;
import org.seq4j.nn.optim.LearningRateSchedule;
import org.seq4j.nn.optim.MetricMode;
import org.seq4j.nn.optim.Sgd;
import org.seq4j.nn.param.Parameter;
import org.seq4j.nn.param.ParameterSet;
import org.seq4j.nn.train.MetricsLog;
import org.seq4j.nn.train.TrainableModel;
import org.seq4j.nn.train.Trainer;
import org.seq4j.nn.train.TrainingOptions;
import org.seq4j.nn.train.TrainingResult;

/**
 * Early stopping with the tagger's dev evaluation: scripted dev scores and losses drive nn's
 * {@link Trainer} over a one-parameter model whose value counts the epochs, so the kept parameters
 * show which epoch was kept.
 */
class DevEvaluationTest {

  private static final String F1 = DevScorer.F1;
  private static final double NO_LOSS = Double.NaN;

  @BeforeAll
  static void backend() {
    NativeBackend.configureFromEnvironment();
  }

  @Test
  void aTieOnTheMetricGoesToTheLowerDevLoss() {
    Run run = train(List.of(0.0, 0.0, 0.0, 0.0), List.of(2.0, 1.5, 1.8, 1.6), 10);
    assertEquals(2, run.result.bestEpoch());
    assertEquals(2.0, run.parameterValue, "the model holds epoch 2's parameters");
    assertEquals(Map.of(F1, 0.0, DevEvaluation.LOSS, 1.5), run.evaluation.metricsOf(2));
  }

  @Test
  void aHigherMetricWinsWhateverTheLoss() {
    Run run = train(List.of(0.0, 10.0, 10.0, 5.0), List.of(1.0, 1.9, 2.5, 0.1), 10);
    assertEquals(2, run.result.bestEpoch(), "epoch 3 ties epoch 2 with a higher loss");
    assertEquals(10.0, run.result.bestMetric());
  }

  @Test
  void withoutADevLossTheLaterTiedEpochWins() {
    Run run = train(List.of(0.0, 0.0, 0.0), List.of(NO_LOSS, NO_LOSS, NO_LOSS), 10);
    assertEquals(3, run.result.bestEpoch());
  }

  @Test
  void aTieWonOnLossCountsAsImprovementForPatience() {
    Run improving = train(List.of(0.0, 0.0, 0.0, 0.0, 0.0), List.of(3.0, 2.0, 1.0, 0.5, 0.4), 2);
    assertEquals(5, improving.result.epochs());
    assertEquals(5, improving.result.bestEpoch());

    Run worsening = train(List.of(0.0, 0.0, 0.0, 0.0, 0.0), List.of(1.0, 2.0, 3.0, 4.0, 5.0), 2);
    assertTrue(worsening.result.stoppedEarly());
    assertEquals(3, worsening.result.epochs());
    assertEquals(1, worsening.result.bestEpoch());
  }

  private record Run(TrainingResult result, DevEvaluation evaluation, double parameterValue) {}

  /** One step per epoch adds 1 to the parameter; epoch e's dev evaluation returns f1[e-1] and loss[e-1]. */
  private static Run train(List<Double> f1, List<Double> losses, int patience) {
    Parameter counter = Parameter.of("counter", Nd4j.zeros(DataType.DOUBLE, 1));
    ParameterSet parameters = new ParameterSet();
    parameters.add(counter);
    TrainableModel<Integer> model = new TrainableModel<>() {
      @Override
      public ParameterSet parameters() {
        return parameters;
      }

      @Override
      public StepResult step(Integer batch) {
        counter.gradient().assign(-1.0);
        return new StepResult(0.0, 1);
      }
    };
    int[] evaluations = {0};
    DevEvaluation evaluation = new DevEvaluation(() -> Map.of(F1, f1.get(evaluations[0])),
        () -> losses.get(evaluations[0]++));
    TrainingOptions options = new TrainingOptions(f1.size(), TrainingOptions.NO_CLIPPING, F1, MetricMode.MAX,
        patience, 0.0);
    Trainer trainer = new Trainer(options, new Sgd(parameters, 1.0), LearningRateSchedule.constant(),
        MetricsLog.discard());
    TrainingResult result = trainer.train(model, epoch -> List.of(epoch), evaluation);
    return new Run(result, evaluation, counter.value().getDouble(0));
  }
}
