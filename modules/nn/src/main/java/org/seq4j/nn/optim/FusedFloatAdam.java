package org.seq4j.nn.optim;

import org.bytedeco.javacpp.FloatPointer;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.seq4j.nn.linalg.OffHeapFloats;
import org.seq4j.nn.param.Parameter;

/**
 * Adam's update of one dense FLOAT parameter as a single fused pass in plain Java, with both moment
 * buffers in Java memory. The parameter and its gradient are streamed through two small Java
 * chunks (read, update, write back), so each element is touched once per step instead of once per
 * ND4J op (the op-per-term form is ~10 passes over every buffer plus 10 op dispatches per
 * parameter); the loop is simple enough for the JIT to vectorize. The arithmetic and its order are
 * {@link Adam}'s, in float.
 */
final class FusedFloatAdam {
    /** Elements per chunk: small enough to stay in L1/L2 cache, large enough to amortise the copies. */
    private static final int CHUNK = 8192;

    private final Parameter parameter;
    /** The moments chunk by chunk, so the loop indexes every array by the same {@code i} (see FloatLoops in rnn). */
    private final float[][] firstMoment;
    private final float[][] secondMoment;
    private final float[] values = new float[CHUNK];
    private final float[] gradients = new float[CHUNK];

    FusedFloatAdam(Parameter parameter) {
        this.parameter = parameter;
        int length = Math.toIntExact(parameter.length());
        int chunks = (length + CHUNK - 1) / CHUNK;
        this.firstMoment = new float[chunks][];
        this.secondMoment = new float[chunks][];
        for (int c = 0; c < chunks; c++) {
            int n = Math.min(CHUNK, length - c * CHUNK);
            firstMoment[c] = new float[n];
            secondMoment[c] = new float[n];
        }
    }

    /** True for parameters this class can update: FLOAT, row-major, not views. */
    static boolean supports(Parameter p) {
        return dense(p.value()) && dense(p.gradient()) && p.length() <= Integer.MAX_VALUE;
    }

    private static boolean dense(INDArray x) {
        return x.dataType() == DataType.FLOAT && x.ordering() == 'c' && !x.isView();
    }

    void update(float beta1, float beta2, float epsilon, float weightDecay, float stepSize, float sqrtBiasCorrection2) {
        FloatPointer value = OffHeapFloats.pointer(parameter.value());
        FloatPointer gradient = OffHeapFloats.pointer(parameter.gradient());
        float oneMinusBeta1 = 1 - beta1;
        float oneMinusBeta2 = 1 - beta2;
        for (int c = 0; c < firstMoment.length; c++) {
            long from = (long) c * CHUNK;
            float[] m = firstMoment[c];
            float[] v = secondMoment[c];
            int n = m.length;
            OffHeapFloats.read(value, from, values, 0, n);
            OffHeapFloats.read(gradient, from, gradients, 0, n);
            for (int i = 0; i < n; i++) {
                float g = gradients[i] + weightDecay * values[i];
                float mi = beta1 * m[i] + oneMinusBeta1 * g;
                float vi = beta2 * v[i] + oneMinusBeta2 * (g * g);
                m[i] = mi;
                v[i] = vi;
                values[i] -= stepSize * (mi / ((float) Math.sqrt(vi) / sqrtBiasCorrection2 + epsilon));
            }
            OffHeapFloats.write(values, 0, value, from, n);
        }
    }

    /** The parameter this updates. */
    Parameter parameter() {
        return parameter;
    }

    /** A copy of the first ({@code first}) or second moment, shaped like the parameter. */
    INDArray moment(boolean first) {
        float[][] chunks = first ? firstMoment : secondMoment;
        float[] flat = new float[Math.toIntExact(parameter.length())];
        for (int c = 0; c < chunks.length; c++) {
            System.arraycopy(chunks[c], 0, flat, c * CHUNK, chunks[c].length);
        }
        return Nd4j.createFromArray(flat).reshape(parameter.value().shape());
    }

    /** Sets both moments from arrays of the parameter's length (a checkpoint's). */
    void restore(INDArray first, INDArray second) {
        float[] m = first.dup('c').data().asFloat();
        float[] v = second.dup('c').data().asFloat();
        if (m.length != parameter.length() || v.length != parameter.length()) {
            throw new IllegalArgumentException("moments of " + parameter.name() + " have " + m.length + " and "
                    + v.length + " elements, expected " + parameter.length());
        }
        for (int c = 0; c < firstMoment.length; c++) {
            System.arraycopy(m, c * CHUNK, firstMoment[c], 0, firstMoment[c].length);
            System.arraycopy(v, c * CHUNK, secondMoment[c], 0, secondMoment[c].length);
        }
    }
}
