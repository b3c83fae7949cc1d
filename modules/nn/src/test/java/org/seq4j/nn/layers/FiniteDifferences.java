package org.seq4j.nn.layers;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.DoubleSupplier;
import org.nd4j.linalg.api.ndarray.INDArray;

/** Central finite differences in double precision, compared entry by entry with an analytic gradient. */
final class FiniteDifferences {

  static final double STEP = 1e-6;
  static final double MAX_RELATIVE_ERROR = 1e-6;
  /** Below this magnitude both gradients count as zero and only the absolute error is checked. */
  static final double ZERO_GRADIENT = 1e-9;

  private FiniteDifferences() {}

  /** Perturbs each entry of {@code values} (a test-owned, C-ordered array) in place and restores it. */
  static void check(String name, INDArray values, INDArray analytic, DoubleSupplier loss) {
    INDArray flatValues = values.reshape(values.length());
    INDArray flatAnalytic = analytic.dup('c').reshape(analytic.length());
    for (long i = 0; i < values.length(); i++) {
      double original = flatValues.getDouble(i);
      flatValues.putScalar(i, original + STEP);
      double plus = loss.getAsDouble();
      flatValues.putScalar(i, original - STEP);
      double minus = loss.getAsDouble();
      flatValues.putScalar(i, original);
      double numeric = (plus - minus) / (2 * STEP);
      double exact = flatAnalytic.getDouble(i);
      double scale = Math.max(Math.abs(exact), Math.abs(numeric));
      double error = scale < ZERO_GRADIENT ? Math.abs(exact - numeric) : Math.abs(exact - numeric) / scale;
      assertTrue(error < MAX_RELATIVE_ERROR,
          name + "[" + i + "]: analytic " + exact + " numeric " + numeric + " error " + error);
    }
  }
}
