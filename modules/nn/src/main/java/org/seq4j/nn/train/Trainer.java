package org.seq4j.nn.train;

import java.util.Map;
import java.util.function.LongSupplier;
import org.seq4j.nn.optim.GradientClipping;
import org.seq4j.nn.optim.LearningRateSchedule;
import org.seq4j.nn.optim.Optimizer;
import org.seq4j.nn.param.ParameterSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The epoch loop shared by taggers and translators: for each batch zero the gradients, run the
 * model's step, clip, update; after each epoch evaluate on dev, log a metrics line, adjust the
 * learning rate, keep a copy of the best parameters, and stop when the dev metric has not improved
 * for {@code patience} epochs. At the end the model holds the best epoch's parameters.
 *
 * <p>Generic through three small interfaces ({@link TrainableModel}, {@link BatchSource},
 * {@link DevEvaluator}) rather than a model base class, so models stay plain classes with explicit
 * forward/backward and tests can drive the loop with a toy model. Without a dev evaluator
 * ({@code null}) every epoch runs and the last parameters are kept.
 */
public final class Trainer {

  private static final Logger LOG = LoggerFactory.getLogger(Trainer.class);
  private static final double NANOS_PER_SECOND = 1e9;

  private final TrainingOptions options;
  private final Optimizer optimizer;
  private final LearningRateSchedule schedule;
  private final MetricsLog metrics;
  private final LongSupplier nanoClock;

  public Trainer(TrainingOptions options, Optimizer optimizer, LearningRateSchedule schedule, MetricsLog metrics) {
    this(options, optimizer, schedule, metrics, System::nanoTime);
  }

  /** With an explicit clock for the timing fields (tests). */
  public Trainer(TrainingOptions options, Optimizer optimizer, LearningRateSchedule schedule, MetricsLog metrics,
      LongSupplier nanoClock) {
    this.options = options;
    this.optimizer = optimizer;
    this.schedule = schedule;
    this.metrics = metrics;
    this.nanoClock = nanoClock;
  }

  public <B> TrainingResult train(TrainableModel<B> model, BatchSource<B> batches, DevEvaluator dev) {
    ParameterSet parameters = model.parameters();
    ParameterSnapshot best = dev == null ? null : new ParameterSnapshot(parameters);
    double bestMetric = Double.NaN;
    int bestEpoch = 0;
    int epochsWithoutImprovement = 0;
    int epoch = 0;
    boolean stoppedEarly = false;
    while (epoch < options.maxEpochs()) {
      epoch++;
      double rate = optimizer.learningRate();
      long start = nanoClock.getAsLong();
      EpochTotals totals = runEpoch(model, parameters, batches.epoch(epoch));
      double seconds = (nanoClock.getAsLong() - start) / NANOS_PER_SECOND;

      Map<String, Double> devMetrics = dev == null ? Map.of() : dev.evaluate(epoch);
      double metric = dev == null ? Double.NaN : selectionMetric(devMetrics);
      metrics.epoch(new MetricsLog.EpochSummary(epoch, optimizer.steps(), totals.meanLoss(), devMetrics, rate,
          seconds > 0 ? totals.tokens / seconds : 0.0, seconds));
      LOG.info("epoch {}: train loss {}, dev {}, lr {}", epoch, totals.meanLoss(), devMetrics, rate);

      if (dev == null) {
        bestEpoch = epoch;
      } else if (options.mode().improves(metric, bestMetric, options.minDelta())
          || (metric == bestMetric && dev.preferOnTie(epoch, bestEpoch))) {
        bestMetric = metric;
        bestEpoch = epoch;
        epochsWithoutImprovement = 0;
        best.capture();
      } else {
        epochsWithoutImprovement++;
      }
      optimizer.setLearningRate(schedule.afterEpoch(epoch, rate, metric));
      if (epochsWithoutImprovement >= options.patience()) {
        stoppedEarly = epoch < options.maxEpochs();
        LOG.info("no dev improvement for {} epochs: stopping", epochsWithoutImprovement);
        break;
      }
    }
    if (best != null && bestEpoch > 0) {
      best.restore();
      LOG.info("restored parameters of epoch {} ({} = {})", bestEpoch, options.devMetric(), bestMetric);
    }
    return new TrainingResult(epoch, bestEpoch, bestMetric, stoppedEarly);
  }

  private <B> EpochTotals runEpoch(TrainableModel<B> model, ParameterSet parameters, Iterable<B> batches) {
    EpochTotals totals = new EpochTotals();
    for (B batch : batches) {
      parameters.zeroGradients();
      TrainableModel.StepResult result = model.step(batch);
      if (options.clipNorm() != TrainingOptions.NO_CLIPPING) {
        GradientClipping.clipByGlobalNorm(parameters, options.clipNorm());
      }
      optimizer.step();
      totals.add(result);
    }
    return totals;
  }

  private double selectionMetric(Map<String, Double> devMetrics) {
    Double value = devMetrics.get(options.devMetric());
    if (value == null) {
      throw new IllegalStateException("dev evaluation returned " + devMetrics.keySet() + " but not "
          + options.devMetric());
    }
    return value;
  }

  /** Token-weighted loss sum of one epoch (batch mean when no batch reports tokens). */
  private static final class EpochTotals {
    double weightedLoss;
    double lossSum;
    long tokens;
    long batches;

    void add(TrainableModel.StepResult result) {
      weightedLoss += result.loss() * result.tokens();
      lossSum += result.loss();
      tokens += result.tokens();
      batches++;
    }

    double meanLoss() {
      if (tokens > 0) {
        return weightedLoss / tokens;
      }
      return batches == 0 ? Double.NaN : lossSum / batches;
    }
  }
}
