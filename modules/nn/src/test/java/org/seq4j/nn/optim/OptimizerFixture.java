package org.seq4j.nn.optim;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;
import org.seq4j.nn.param.Parameter;
import org.seq4j.nn.param.ParameterSet;

/** Two tiny double parameters and a fixed gradient per step, for checking updates by hand. */
final class OptimizerFixture {

  static final double[] INITIAL_A = {1.0, -2.0, 0.5};
  static final double[][] INITIAL_B = {{0.0, 3.0}, {-1.0, 0.25}};
  /** Gradients of step 1, 2, 3: a flat vector of the 3 + 4 entries. */
  static final double[][] GRADIENTS = {
    {0.5, -0.1, 0.0, 2.0, -3.0, 0.01, 1.0},
    {0.4, 0.3, -0.2, 1.0, -1.0, 0.0, -1.0},
    {-0.6, 0.1, 0.7, 0.5, 0.2, -0.02, 0.3},
  };

  final ParameterSet parameters = new ParameterSet();
  final Parameter a = parameters.add(Parameter.of("a", Nd4j.createFromArray(INITIAL_A.clone())));
  final Parameter b = parameters.add(Parameter.of("b", Nd4j.createFromArray(copy(INITIAL_B))));

  void setGradients(int step) {
    double[] g = GRADIENTS[step];
    a.gradient().assign(Nd4j.createFromArray(g[0], g[1], g[2]));
    b.gradient().assign(Nd4j.createFromArray(new double[][] {{g[3], g[4]}, {g[5], g[6]}}));
  }

  /** Current values, flattened a then b. */
  double[] values() {
    double[] out = new double[7];
    System.arraycopy(a.value().toDoubleVector(), 0, out, 0, 3);
    System.arraycopy(b.value().castTo(DataType.DOUBLE).reshape(4).toDoubleVector(), 0, out, 3, 4);
    return out;
  }

  static double[] initialValues() {
    return new double[] {INITIAL_A[0], INITIAL_A[1], INITIAL_A[2], INITIAL_B[0][0], INITIAL_B[0][1],
      INITIAL_B[1][0], INITIAL_B[1][1]};
  }

  private static double[][] copy(double[][] m) {
    return new double[][] {m[0].clone(), m[1].clone()};
  }
}
