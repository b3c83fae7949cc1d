package org.seq4j.eval.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A linear axis with "nice" tick values (steps of 1, 2, 2.5 or 5 times a power of ten) covering
 * a data range. A degenerate range (one epoch, a constant series) is widened around its value so
 * charts still have an axis instead of dividing by zero.
 *
 * @param min lowest tick (axis start)
 * @param max highest tick (axis end)
 * @param step distance between ticks
 */
record AxisScale(double min, double max, double step) {

  private static final double[] NICE_STEPS = {1, 2, 2.5, 5, 10};
  /** Relative widening of a degenerate range around a non-zero value. */
  private static final double DEGENERATE_PADDING = 0.1;
  /** Tolerance for floating-point tick arithmetic, relative to the step. */
  private static final double EPSILON = 1e-9;

  /** An axis covering [low, high] with about {@code targetTicks} intervals. */
  static AxisScale covering(double low, double high, int targetTicks) {
    if (!Double.isFinite(low) || !Double.isFinite(high)) {
      throw new IllegalArgumentException("axis range must be finite: " + low + ".." + high);
    }
    if (low > high) {
      double t = low;
      low = high;
      high = t;
    }
    if (high - low <= Math.abs(high) * EPSILON) {
      double pad = high == 0 ? 1 : Math.abs(high) * DEGENERATE_PADDING;
      low -= pad;
      high += pad;
    }
    double step = niceStep((high - low) / Math.max(1, targetTicks));
    double min = Math.floor(low / step + EPSILON) * step;
    double max = Math.ceil(high / step - EPSILON) * step;
    return new AxisScale(min, max, step);
  }

  /** Same as {@link #covering} but never below zero when all data is non-negative. */
  static AxisScale fromZero(double high, int targetTicks) {
    return covering(0, Math.max(high, 0), targetTicks);
  }

  private static double niceStep(double rough) {
    double magnitude = Math.pow(10, Math.floor(Math.log10(rough)));
    for (double nice : NICE_STEPS) {
      if (nice * magnitude >= rough * (1 - EPSILON)) {
        return nice * magnitude;
      }
    }
    return NICE_STEPS[NICE_STEPS.length - 1] * magnitude;
  }

  List<Double> ticks() {
    List<Double> ticks = new ArrayList<>();
    long count = Math.round((max - min) / step);
    for (long i = 0; i <= count; i++) {
      ticks.add(min + i * step);
    }
    return ticks;
  }

  /** Maps a value to [0, 1] along the axis. */
  double fraction(double value) {
    return (value - min) / (max - min);
  }

  /** A tick label with just enough decimals for the step. */
  String label(double tick) {
    int decimals = Math.max(0, (int) Math.ceil(-Math.log10(step) - EPSILON));
    if (Math.abs(step * Math.pow(10, decimals) - Math.rint(step * Math.pow(10, decimals))) > EPSILON) {
      decimals++;
    }
    double shown = Math.abs(tick) < step * EPSILON ? 0 : tick;
    return String.format(Locale.ROOT, "%." + decimals + "f", shown);
  }
}
