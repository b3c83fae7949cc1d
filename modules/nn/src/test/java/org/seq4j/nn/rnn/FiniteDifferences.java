package org.seq4j.nn.rnn;

import java.util.function.DoubleSupplier;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Central finite differences in double precision: perturbs each element of an array in place,
 * re-evaluates the loss, restores it, and reports the worst disagreement with an analytic gradient.
 * An element agrees when its relative error {@code |a-n| / (|a|+|n|)} is below the tolerance or
 * its absolute difference is below {@link #ABSOLUTE_FLOOR} (for gradients that are zero, e.g. at
 * padded steps, where a relative error is meaningless).
 */
final class FiniteDifferences {
    static final double STEP = 1e-6;
    static final double ABSOLUTE_FLOOR = 1e-9;

    private FiniteDifferences() {
    }

    /** Worst relative error over all elements, counting elements below the absolute floor as 0. */
    static double worstRelativeError(INDArray target, INDArray analytic, DoubleSupplier loss) {
        INDArray values = target.reshape(target.length());
        INDArray expected = analytic.dup('c').reshape(analytic.length());
        double worst = 0;
        for (long i = 0; i < values.length(); i++) {
            double original = values.getDouble(i);
            values.putScalar(i, original + STEP);
            double plus = loss.getAsDouble();
            values.putScalar(i, original - STEP);
            double minus = loss.getAsDouble();
            values.putScalar(i, original);
            double numeric = (plus - minus) / (2 * STEP);
            double a = expected.getDouble(i);
            double difference = Math.abs(a - numeric);
            if (difference > ABSOLUTE_FLOOR) {
                worst = Math.max(worst, difference / (Math.abs(a) + Math.abs(numeric)));
            }
        }
        return worst;
    }
}
