package org.seq4j.nn.crf;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Bulk copies between ND4J arrays and Java arrays (one native copy each way), so the CRF recursions
 * can run as plain Java loops instead of thousands of tiny ND4J ops.
 */
final class HostArrays {

    private HostArrays() {
    }

    /** Elements of {@code array} in C order, as doubles. Never aliases the array's buffer. */
    static double[] toDoubles(INDArray array) {
        if (array.isEmpty()) {
            return new double[0];
        }
        return array.dup('c').data().asDouble();
    }

    /** Elements of {@code array} in C order, truncated to ints (for tag-index arrays of any type). */
    static int[] toInts(INDArray array) {
        if (array.isEmpty()) {
            return new int[0];
        }
        double[] values = toDoubles(array);
        int[] ints = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            ints[i] = (int) values[i];
        }
        return ints;
    }

    /** A new array of the given type and shape holding {@code values} in C order. */
    static INDArray fromDoubles(double[] values, DataType dataType, long... shape) {
        return Nd4j.create(values, shape, dataType);
    }
}
