package org.seq4j.nn.rnn;

import org.seq4j.nn.linalg.FloatActivations;

/**
 * The elementwise loops of the FLOAT cells, each over {@code n} elements of arrays that all start
 * at index 0. That shape is deliberate: HotSpot's C2 (JDK 17) turns such a loop into SIMD code
 * only when every array is indexed by the same expression and the body is small. Measured on
 * AVX-512: one of these loops costs ~0.5 ns per element, the same arithmetic fused into one loop
 * body over seven arrays ~30 ns, and a loop reading two arrays at different offsets ~6 ns (both
 * stay scalar). So the cells copy a step's rows into offset-0 scratch arrays ({@code
 * System.arraycopy}, a memcpy) and run a few of these loops, rather than one fused pass.
 */
final class FloatLoops {
    private FloatLoops() {
    }

    /** {@code x = σ(x)}. */
    static void sigmoid(int n, float[] x) {
        for (int k = 0; k < n; k++) {
            x[k] = FloatActivations.sigmoid(x[k]);
        }
    }

    /** {@code x = σ(x + y)}. */
    static void sigmoidPlus(int n, float[] x, float[] y) {
        for (int k = 0; k < n; k++) {
            x[k] = FloatActivations.sigmoid(x[k] + y[k]);
        }
    }

    /** {@code y = tanh(x)}. */
    static void tanh(int n, float[] x, float[] y) {
        for (int k = 0; k < n; k++) {
            y[k] = FloatActivations.tanh(x[k]);
        }
    }

    /** {@code z = x + y}. */
    static void add(int n, float[] x, float[] y, float[] z) {
        for (int k = 0; k < n; k++) {
            z[k] = x[k] + y[k];
        }
    }

    /** {@code x += y}. */
    static void addTo(int n, float[] x, float[] y) {
        for (int k = 0; k < n; k++) {
            x[k] += y[k];
        }
    }

    /** {@code z = x - y}. */
    static void subtract(int n, float[] x, float[] y, float[] z) {
        for (int k = 0; k < n; k++) {
            z[k] = x[k] - y[k];
        }
    }

    /** {@code out = x + a * (y - x)}: GRU's {@code (1-z) n + z h}. */
    static void interpolate(int n, float[] x, float[] a, float[] y, float[] out) {
        for (int k = 0; k < n; k++) {
            out[k] = x[k] + a[k] * (y[k] - x[k]);
        }
    }

    /** {@code z = x * (1 - y)}. */
    static void timesOneMinus(int n, float[] x, float[] y, float[] z) {
        for (int k = 0; k < n; k++) {
            z[k] = x[k] * (1 - y[k]);
        }
    }

    /** {@code z = x * y}. */
    static void multiply(int n, float[] x, float[] y, float[] z) {
        for (int k = 0; k < n; k++) {
            z[k] = x[k] * y[k];
        }
    }

    /** {@code z = a * b + c * d}. */
    static void multiplyAdd(int n, float[] a, float[] b, float[] c, float[] d, float[] z) {
        for (int k = 0; k < n; k++) {
            z[k] = a[k] * b[k] + c[k] * d[k];
        }
    }

    /** {@code z = x * σ'} where {@code s} holds σ: {@code z = x * s * (1 - s)}. */
    static void timesSigmoidSlope(int n, float[] x, float[] s, float[] z) {
        for (int k = 0; k < n; k++) {
            z[k] = x[k] * s[k] * (1 - s[k]);
        }
    }

    /** {@code z = x * tanh'} where {@code y} holds tanh: {@code z = x * (1 - y²)}. */
    static void timesTanhSlope(int n, float[] x, float[] y, float[] z) {
        for (int k = 0; k < n; k++) {
            z[k] = x[k] * (1 - y[k] * y[k]);
        }
    }

    /** Copies H-wide block {@code block} of each of {@code rows} rows of width {@code width} into a dense array. */
    static void gatherBlock(float[] rowMajor, int rows, int width, int block, int h, float[] dense) {
        for (int r = 0; r < rows; r++) {
            System.arraycopy(rowMajor, r * width + block * h, dense, r * h, h);
        }
    }

    /** The inverse of {@link #gatherBlock}. */
    static void scatterBlock(float[] dense, int rows, int width, int block, int h, float[] rowMajor) {
        for (int r = 0; r < rows; r++) {
            System.arraycopy(dense, r * h, rowMajor, r * width + block * h, h);
        }
    }
}
