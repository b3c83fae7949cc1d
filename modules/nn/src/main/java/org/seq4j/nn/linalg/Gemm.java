package org.seq4j.nn.linalg;

import org.bytedeco.javacpp.DoublePointer;
import org.bytedeco.javacpp.FloatPointer;
import org.bytedeco.openblas.global.openblas_nolapack;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * {@code C = alpha op(A) op(B) + beta C} on row-major matrices and row-major views, calling
 * OpenBLAS's {@code cblas_sgemm}/{@code cblas_dgemm} directly — the same library and kernels ND4J
 * uses, so results are the same.
 *
 * <p>Why not {@link Nd4j#gemm}: in ND4J 1.0.0-M2.1 every gemm is a libnd4j {@code mmul} custom op
 * (op object, shape checks, a graph context created and destroyed per call), which at recurrent
 * step sizes ({@code [32,128] x [128,512]}) costs more than the multiplication itself; measured
 * 120 us process CPU per call against 80 us for the direct call, with bit-identical results. Any
 * operand that is not a FLOAT or DOUBLE matrix whose rows are unit-stride (a C-order matrix, a row
 * block or a column range of one) falls back to {@link Nd4j#gemm}.
 *
 * <p>Stateless; writes only into {@code c}.
 */
public final class Gemm {
    private Gemm() {
    }

    /** {@code c = alpha op(a) op(b) + beta c}; {@code op} transposes when the flag is set. */
    public static void gemm(INDArray a, INDArray b, INDArray c, boolean transposeA, boolean transposeB, double alpha,
            double beta) {
        DataType type = c.dataType();
        if (!direct(a, type) || !direct(b, type) || !direct(c, type)) {
            Nd4j.gemm(a, b, c, transposeA, transposeB, alpha, beta);
            return;
        }
        long m = transposeA ? a.size(1) : a.size(0);
        long k = transposeA ? a.size(0) : a.size(1);
        long kb = transposeB ? b.size(1) : b.size(0);
        long n = transposeB ? b.size(0) : b.size(1);
        if (k != kb || c.size(0) != m || c.size(1) != n) {
            Nd4j.gemm(a, b, c, transposeA, transposeB, alpha, beta);
            return;
        }
        if (m == 0 || n == 0) {
            return;
        }
        int ta = transposeA ? openblas_nolapack.CblasTrans : openblas_nolapack.CblasNoTrans;
        int tb = transposeB ? openblas_nolapack.CblasTrans : openblas_nolapack.CblasNoTrans;
        if (type == DataType.FLOAT) {
            openblas_nolapack.cblas_sgemm(openblas_nolapack.CblasRowMajor, ta, tb, (int) m, (int) n, (int) k,
                    (float) alpha, floats(a), (int) leading(a), floats(b), (int) leading(b), (float) beta, floats(c),
                    (int) leading(c));
        } else {
            openblas_nolapack.cblas_dgemm(openblas_nolapack.CblasRowMajor, ta, tb, (int) m, (int) n, (int) k,
                    alpha, doubles(a), (int) leading(a), doubles(b), (int) leading(b), beta, doubles(c),
                    (int) leading(c));
        }
    }

    /**
     * {@code c = alpha op(a) op(b) + beta c} in FLOAT on raw row-major operands: {@code a}, {@code b}
     * and {@code c} start {@code aOffset}, {@code bOffset}, {@code cOffset} elements after the given
     * pointers and have leading dimensions {@code lda}, {@code ldb}, {@code ldc}. For host loops
     * (see {@link OffHeapFloats}) that address row blocks of their own buffers by offset instead of
     * creating an INDArray view per step. The pointers' positions are not changed.
     */
    public static void sgemm(boolean transposeA, boolean transposeB, int m, int n, int k, float alpha,
            FloatPointer a, long aOffset, int lda, FloatPointer b, long bOffset, int ldb, float beta,
            FloatPointer c, long cOffset, int ldc) {
        if (m == 0 || n == 0) {
            return;
        }
        openblas_nolapack.cblas_sgemm(openblas_nolapack.CblasRowMajor,
                transposeA ? openblas_nolapack.CblasTrans : openblas_nolapack.CblasNoTrans,
                transposeB ? openblas_nolapack.CblasTrans : openblas_nolapack.CblasNoTrans, m, n, k, alpha,
                at(a, aOffset), lda, at(b, bOffset), ldb, beta, at(c, cOffset), ldc);
    }

    private static FloatPointer at(FloatPointer base, long offset) {
        return offset == 0 ? base : new FloatPointer(base).position(base.position() + offset);
    }

    /** A new C-order {@code op(a) op(b)}. */
    public static INDArray gemm(INDArray a, INDArray b, boolean transposeA, boolean transposeB) {
        long m = transposeA ? a.size(1) : a.size(0);
        long n = transposeB ? b.size(0) : b.size(1);
        INDArray c = Nd4j.createUninitialized(a.dataType(), m, n);
        gemm(a, b, c, transposeA, transposeB, 1.0, 0.0);
        return c;
    }

    /**
     * Adds the column sums of {@code matrix [rows, n]} into {@code target} (any shape of length n,
     * C-order): a bias gradient. A gemm with a ones vector; the column reduction {@code sum(0)} of
     * M2.1 was measured several times slower at {@code [800, 512]}.
     */
    public static void addColumnSums(INDArray matrix, INDArray target) {
        if (target.isView() || target.ordering() != 'c' || target.length() != matrix.size(1)) {
            target.addi(matrix.sum(0).reshape(target.shape()));
            return;
        }
        INDArray ones = Nd4j.ones(matrix.dataType(), 1, matrix.size(0));
        gemm(ones, matrix, target.reshape('c', 1, matrix.size(1)), false, false, 1.0, 1.0);
    }

    private static boolean direct(INDArray x, DataType type) {
        return x.dataType() == type && (type == DataType.FLOAT || type == DataType.DOUBLE) && x.rank() == 2
                && x.length() > 0 && (x.stride(1) == 1 || x.size(1) == 1)
                && (x.stride(0) >= x.size(1) || x.size(0) == 1) && leading(x) <= Integer.MAX_VALUE
                && x.size(0) <= Integer.MAX_VALUE;
    }

    /**
     * The row stride BLAS sees. A single row's stride is never used, and ND4J gives e.g. a vector
     * reshaped to {@code [1, n]} a row stride of 1, below the minimum {@code n} BLAS accepts.
     */
    private static long leading(INDArray x) {
        return x.size(0) == 1 ? Math.max(x.stride(0), x.size(1)) : x.stride(0);
    }

    /**
     * Where the matrix starts relative to its buffer's address pointer. In M2.1 a view's buffer is
     * itself a view whose address pointer already includes the view's offset, so this is 0; kept
     * general in case an array's offset and its buffer's differ.
     */
    private static long elementOffset(INDArray x) {
        return x.offset() - x.data().offset();
    }

    static FloatPointer floats(INDArray x) {
        return new FloatPointer(x.data().addressPointer()).position(elementOffset(x));
    }

    private static DoublePointer doubles(INDArray x) {
        return new DoublePointer(x.data().addressPointer()).position(elementOffset(x));
    }
}
