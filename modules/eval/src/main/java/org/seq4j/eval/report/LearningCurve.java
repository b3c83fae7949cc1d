package org.seq4j.eval.report;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Training progress, one point per line of a run's {@code metrics.jsonl}: any numeric fields,
 * e.g. {@code {"epoch":3,"step":900,"train_loss":0.41,"dev_accuracy":93.2}}. A field missing from
 * a point is simply absent from its map (charts leave a gap there).
 *
 * <p>The x axis is the first of {@link #X_FIELDS} that every point has, else the point index
 * (1-based). Fields whose name contains {@code loss} are losses; the remaining non-axis fields
 * are metrics.
 */
public record LearningCurve(List<Map<String, Double>> points) {

  /** Candidate x-axis fields, in order of preference. */
  public static final List<String> X_FIELDS = List.of("epoch", "step");

  /** The name used for the x axis when no point carries an x field. */
  public static final String INDEX_AXIS = "point";

  private static final String LOSS_MARKER = "loss";

  /** Name prefixes of held-out evaluation metrics, charted together on one axis. */
  public static final List<String> EVALUATION_PREFIXES = List.of("dev_", "val_", "valid_", "validation_", "test_");

  public LearningCurve {
    List<Map<String, Double>> copy = new ArrayList<>();
    for (Map<String, Double> point : Copies.list(points)) {
      copy.add(Copies.orderedMap(point));
    }
    points = List.copyOf(copy);
  }

  public static LearningCurve empty() {
    return new LearningCurve(List.of());
  }

  public boolean isEmpty() {
    return points.isEmpty();
  }

  /** The field used as x axis, or {@link #INDEX_AXIS} when the points carry none. */
  public String xField() {
    for (String candidate : X_FIELDS) {
      if (!points.isEmpty() && points.stream().allMatch(p -> p.containsKey(candidate))) {
        return candidate;
      }
    }
    return INDEX_AXIS;
  }

  /** The x value of point {@code i}. */
  public double x(int i) {
    String field = xField();
    return field.equals(INDEX_AXIS) ? i + 1 : points.get(i).get(field);
  }

  /** All field names, in first-seen order. */
  public List<String> fields() {
    Set<String> names = new LinkedHashSet<>();
    points.forEach(p -> names.addAll(p.keySet()));
    return List.copyOf(names);
  }

  /** Fields that are losses (name contains {@code loss}). */
  public List<String> lossFields() {
    return fields().stream().filter(f -> f.contains(LOSS_MARKER)).toList();
  }

  /** Non-loss fields other than the axis candidates (accuracy, BLEU, learning rate, ...). */
  public List<String> metricFields() {
    return fields().stream()
        .filter(f -> !f.contains(LOSS_MARKER) && !X_FIELDS.contains(f))
        .toList();
  }

  /** Metric fields measured on held-out data ({@code dev_accuracy}, {@code val_bleu}, ...). */
  public List<String> evaluationFields() {
    return metricFields().stream().filter(LearningCurve::isEvaluation).toList();
  }

  /** Metric fields that are not held-out evaluations (learning rate, throughput, ...). */
  public List<String> otherFields() {
    return metricFields().stream().filter(f -> !isEvaluation(f)).toList();
  }

  private static boolean isEvaluation(String field) {
    return EVALUATION_PREFIXES.stream().anyMatch(field::startsWith);
  }

  /** The values of {@code field} per point; null where a point lacks it or it is not finite. */
  public List<Double> series(String field) {
    List<Double> values = new ArrayList<>();
    for (Map<String, Double> p : points) {
      Double v = p.get(field);
      values.add(v != null && Double.isFinite(v) ? v : null);
    }
    return values;
  }
}
