package org.seq4j.seq2seq.train;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.seq4j.nn.optim.MetricMode;

/**
 * Where a training run stands: per finished epoch, the learning rate it used and its dev metric.
 * Everything else the epoch loop decides (best epoch, epochs without improvement, plateau decay)
 * follows from this history by the same rules, so a checkpoint stores only the history and a
 * resumed run re-derives the rest instead of serialising each rule's private state. Immutable.
 *
 * @param history one record per finished epoch, in order
 * @param minDelta how much a metric must beat the best to count as an improvement
 */
record TrainingProgress(List<EpochRecord> history, double minDelta) {
  private static final MetricMode MODE = MetricMode.MAX;

  /** One finished epoch. */
  record EpochRecord(int epoch, double learningRate, double devMetric) {}

  TrainingProgress {
    history = List.copyOf(history);
  }

  static TrainingProgress start(double minDelta) {
    return new TrainingProgress(List.of(), minDelta);
  }

  /** Epochs finished. */
  int epoch() {
    return history.size();
  }

  TrainingProgress plus(EpochRecord record) {
    List<EpochRecord> next = new ArrayList<>(history);
    next.add(record);
    return new TrainingProgress(next, minDelta);
  }

  /** The epoch with the best dev metric (the first of equals), or 0 before any improvement. */
  int bestEpoch() {
    return standing().bestEpoch();
  }

  double bestMetric() {
    return standing().bestMetric();
  }

  /** Consecutive epochs since the best one. */
  int epochsWithoutImprovement() {
    return standing().epochsWithoutImprovement();
  }

  private record Standing(int bestEpoch, double bestMetric, int epochsWithoutImprovement) {}

  /** The early-stopping rule of nn's {@code Trainer}, replayed over the history. */
  private Standing standing() {
    int bestEpoch = 0;
    double best = Double.NaN;
    int without = 0;
    for (EpochRecord r : history) {
      if (MODE.improves(r.devMetric(), best, minDelta)) {
        best = r.devMetric();
        bestEpoch = r.epoch();
        without = 0;
      } else {
        without++;
      }
    }
    return new Standing(bestEpoch, best, without);
  }

  List<Map<String, Object>> toJson() {
    List<Map<String, Object>> out = new ArrayList<>();
    for (EpochRecord r : history) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("epoch", r.epoch());
      m.put("learning_rate", r.learningRate());
      m.put("dev_metric", r.devMetric());
      out.add(m);
    }
    return out;
  }

  static TrainingProgress fromJson(List<Map<String, Object>> records, double minDelta) {
    List<EpochRecord> history = new ArrayList<>();
    for (Map<String, Object> m : records) {
      history.add(new EpochRecord(((Number) m.get("epoch")).intValue(), ((Number) m.get("learning_rate")).doubleValue(),
          number(m.get("dev_metric"))));
    }
    return new TrainingProgress(history, minDelta);
  }

  /** JSON has no NaN: Jackson writes it as the string "NaN". */
  private static double number(Object value) {
    return value instanceof Number n ? n.doubleValue() : Double.parseDouble(String.valueOf(value));
  }
}
