package org.seq4j.seq2seq.train;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.seq4j.nn.optim.Adam;
import org.seq4j.corpus.batch.Seq2SeqBatch;
import org.seq4j.nn.model.CheckpointAveraging;
import org.seq4j.nn.optim.GradientClipping;
import org.seq4j.nn.optim.MetricMode;
import org.seq4j.nn.optim.ReduceOnPlateau;
import org.seq4j.nn.train.BatchSource;
import org.seq4j.nn.train.DevEvaluator;
import org.seq4j.nn.train.MetricsLog;
import org.seq4j.nn.train.TrainableModel;
import org.seq4j.nn.train.TrainingResult;
import org.seq4j.seq2seq.model.TeacherForcing;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The translator's epoch loop: nn's {@code Trainer} (zero, step, clip, update; dev evaluation,
 * metrics line, plateau decay, early stopping, best parameters) plus what that loop cannot do yet:
 * per-epoch checkpoints, averaging the last ones, and resuming from a {@link TrainingCheckpoint}.
 *
 * <p>Resuming is exact: the loop's own decisions are re-derived from the {@link TrainingProgress}
 * history (the plateau schedule by replaying it), the optimizer state and both parameter sets are
 * restored, and every random source is re-seeded per epoch ({@link TeacherForcing#startEpoch}, the
 * batch planner's per-epoch seed), so epochs k+1.. of a resumed run are those of the uninterrupted run.
 */
final class EpochLoop {
  private static final Logger LOG = LoggerFactory.getLogger(EpochLoop.class);
  private static final double MIN_LEARNING_RATE = 1e-6;
  private static final double NANOS_PER_SECOND = 1e9;

  private final Seq2SeqTrainingOptions options;
  private final CheckpointOptions checkpoints;
  private final MetricsLog metrics;
  private final double minDelta;

  EpochLoop(Seq2SeqTrainingOptions options, CheckpointOptions checkpoints, MetricsLog metrics, double minDelta) {
    this.options = options;
    this.checkpoints = checkpoints;
    this.metrics = metrics;
    this.minDelta = minDelta;
  }

  /** The parts of one run. */
  record Run(NeuralTranslator translator, TeacherForcing model, Adam adam,
      BatchSource<Seq2SeqBatch> batches, DevEvaluator dev) {}

  /** Trains from {@code progress} (fresh or restored) on; the translator ends with the chosen parameters. */
  TrainingResult run(Run run, TrainingProgress progress, BestParameters best) {
    ReduceOnPlateau plateau = plateau();
    for (TrainingProgress.EpochRecord r : progress.history()) {
      plateau.afterEpoch(r.epoch(), r.learningRate(), r.devMetric());
    }
    boolean stoppedEarly = false;
    boolean patienceLeft = progress.epochsWithoutImprovement() < options.patience();
    while (patienceLeft && progress.epoch() < options.maxEpochs()) {
      int epoch = progress.epoch() + 1;
      double rate = run.adam().learningRate();
      run.model().startEpoch(epoch);
      long start = System.nanoTime();
      EpochTotals totals = runEpoch(run, epoch);
      double seconds = (System.nanoTime() - start) / NANOS_PER_SECOND;
      Map<String, Double> dev = run.dev().evaluate(epoch);
      double metric = dev.get(options.devMetric());
      metrics.epoch(new MetricsLog.EpochSummary(epoch, run.adam().steps(), totals.meanLoss(), dev, rate,
          seconds > 0 ? totals.tokens() / seconds : 0.0, seconds));
      LOG.info("epoch {}: train loss {}, dev {}, lr {}", epoch, totals.meanLoss(), dev, rate);
      progress = progress.plus(new TrainingProgress.EpochRecord(epoch, rate, metric));
      if (progress.bestEpoch() == epoch) {
        best.capture();
      }
      run.adam().setLearningRate(plateau.afterEpoch(epoch, rate, metric));
      writeCheckpoints(run, progress, best);
      patienceLeft = progress.epochsWithoutImprovement() < options.patience();
      if (!patienceLeft) {
        stoppedEarly = epoch < options.maxEpochs();
        LOG.info("no dev improvement for {} epochs: stopping", progress.epochsWithoutImprovement());
      }
    }
    chooseFinalParameters(run, progress, best);
    return new TrainingResult(progress.epoch(), progress.bestEpoch(), progress.bestMetric(), stoppedEarly);
  }

  /** Token-weighted mean training loss of an epoch and its real target tokens. */
  private record EpochTotals(double meanLoss, long tokens) {}

  /** One pass over the epoch's batches. */
  private EpochTotals runEpoch(Run run, int epoch) {
    double weightedLoss = 0;
    long tokens = 0;
    var parameters = run.model().parameters();
    for (Seq2SeqBatch batch : run.batches().epoch(epoch)) {
      parameters.zeroGradients();
      TrainableModel.StepResult result = run.model().step(batch);
      if (options.clipNorm() > 0) {
        GradientClipping.clipByGlobalNorm(parameters, options.clipNorm());
      }
      run.adam().step();
      weightedLoss += result.loss() * result.tokens();
      tokens += result.tokens();
    }
    return new EpochTotals(tokens == 0 ? Double.NaN : weightedLoss / tokens, tokens);
  }

  private ReduceOnPlateau plateau() {
    return new ReduceOnPlateau(MetricMode.MAX, options.plateauFactor(), options.plateauPatience(), MIN_LEARNING_RATE,
        minDelta);
  }

  private void writeCheckpoints(Run run, TrainingProgress progress, BestParameters best) {
    if (!checkpoints.enabled()) {
      return;
    }
    try {
      Files.createDirectories(checkpoints.directory());
      if (checkpoints.epochFiles()) {
        run.translator().save(checkpoints.epochFile(progress.epoch()));
        int oldest = progress.epoch() - checkpoints.keepLast();
        for (int e = oldest; e >= 1 && Files.deleteIfExists(checkpoints.epochFile(e)); e--) {
          LOG.debug("deleted checkpoint of epoch {}", e);
        }
      }
      TrainingCheckpoint.write(checkpoints.resumeFile(), run.translator(), progress, run.adam(), best);
    } catch (IOException e) {
      throw new UncheckedIOException("writing checkpoints to " + checkpoints.directory(), e);
    }
  }

  /**
   * The best epoch's parameters, or with averaging the average of the kept epoch files when its dev
   * metric is at least the best epoch's (an average over epochs that had begun to overfit can be worse).
   */
  private void chooseFinalParameters(Run run, TrainingProgress progress, BestParameters best) {
    List<Path> kept = keptEpochFiles(progress.epoch());
    if (!checkpoints.averageLast() || kept.size() < 2) {
      restoreBest(run, progress, best);
      return;
    }
    CheckpointAveraging.average(kept).loadInto(run.translator().network().parameters());
    double averaged = run.dev().evaluate(progress.epoch()).get(options.devMetric());
    LOG.info("average of {} checkpoints: dev {} = {} (best epoch {}: {})", kept.size(), options.devMetric(), averaged,
        progress.bestEpoch(), progress.bestMetric());
    if (averaged < progress.bestMetric()) {
      restoreBest(run, progress, best);
    }
  }

  private void restoreBest(Run run, TrainingProgress progress, BestParameters best) {
    if (best.captured()) {
      best.restore();
      LOG.info("restored parameters of epoch {} ({} = {})", progress.bestEpoch(), options.devMetric(),
          progress.bestMetric());
    }
  }

  private List<Path> keptEpochFiles(int lastEpoch) {
    List<Path> files = new ArrayList<>();
    if (!checkpoints.enabled()) {
      return files;
    }
    for (int e = Math.max(1, lastEpoch - checkpoints.keepLast() + 1); e <= lastEpoch; e++) {
      if (Files.exists(checkpoints.epochFile(e))) {
        files.add(checkpoints.epochFile(e));
      }
    }
    return files;
  }
}
