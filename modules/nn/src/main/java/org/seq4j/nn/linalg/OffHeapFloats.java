package org.seq4j.nn.linalg;

import org.bytedeco.javacpp.FloatPointer;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Bulk copies between FLOAT ND4J arrays (native memory) and Java {@code float[]}, for host loops
 * that do their elementwise work in plain Java and only hand matrices to BLAS.
 *
 * <p>Why: at recurrent-step sizes an ND4J elementwise op costs 10–40 us of fixed overhead, while one
 * JNI bulk copy of a few thousand floats costs well under a microsecond, and a Java loop over a
 * {@code float[]} is compiled to SIMD code. Each copy here is one native {@code memcpy}; no INDArray
 * view or op is created.
 *
 * <p>Stateless and thread-safe: pointers are fresh per call (positioning a shared pointer would
 * race between threads that read the same weights).
 */
public final class OffHeapFloats {
    private OffHeapFloats() {
    }

    /** The address of {@code x}'s first element; x must be FLOAT. The pointer does not own memory. */
    public static FloatPointer pointer(INDArray x) {
        if (x.dataType() != DataType.FLOAT) {
            throw new IllegalArgumentException("expected a FLOAT array, got " + x.dataType());
        }
        return Gemm.floats(x);
    }

    /** Copies {@code length} floats starting {@code offset} elements after {@code base} into {@code dst}. */
    public static void read(FloatPointer base, long offset, float[] dst, int dstOffset, int length) {
        if (length > 0) {
            new FloatPointer(base).position(base.position() + offset).get(dst, dstOffset, length);
        }
    }

    /** Copies {@code length} floats from {@code src} to {@code offset} elements after {@code base}. */
    public static void write(float[] src, int srcOffset, FloatPointer base, long offset, int length) {
        if (length > 0) {
            new FloatPointer(base).position(base.position() + offset).put(src, srcOffset, length);
        }
    }

    /**
     * The elements of a FLOAT array in C order, as a new {@code float[]}: one copy for a C-order
     * array or a view whose rows are regularly spaced and unit-stride (a column range of a
     * row-major matrix, e.g. one direction's half of a bidirectional output); other layouts are
     * made contiguous by ND4J first.
     */
    public static float[] toHeap(INDArray x) {
        int length = Math.toIntExact(x.length());
        float[] out = new float[length];
        if (length == 0) {
            return out;
        }
        if (x.ordering() == 'c' && !x.isView() || isDense(x)) {
            read(pointer(x), 0, out, 0, length);
            return out;
        }
        long rowLength = x.size(x.rank() - 1);
        long rowStride = rowStride(x);
        if (x.stride(x.rank() - 1) == 1 && rowStride >= rowLength) {
            long rows = length / rowLength;
            long span = (rows - 1) * rowStride + rowLength;
            float[] covering = new float[Math.toIntExact(span)];
            read(pointer(x), 0, covering, 0, covering.length);
            for (int r = 0; r < rows; r++) {
                System.arraycopy(covering, Math.toIntExact(r * rowStride), out, Math.toIntExact(r * rowLength),
                        Math.toIntExact(rowLength));
            }
            return out;
        }
        float[] copy = new float[length];
        read(pointer(x.dup('c')), 0, copy, 0, length);
        return copy;
    }

    /** A new C-order FLOAT array of the given shape holding {@code values} (copied). */
    public static INDArray toArray(float[] values, long... shape) {
        INDArray out = Nd4j.createUninitialized(DataType.FLOAT, shape);
        write(values, 0, pointer(out), 0, values.length);
        return out;
    }

    private static boolean isDense(INDArray x) {
        return x.ordering() == 'c' && x.elementWiseStride() == 1 && rowStride(x) == x.size(x.rank() - 1);
    }

    /**
     * The distance between consecutive last-axis rows when all leading axes collapse into one
     * regularly spaced axis, else -1.
     */
    private static long rowStride(INDArray x) {
        int rank = x.rank();
        if (rank == 1) {
            return x.length();
        }
        long stride = x.stride(rank - 2);
        for (int axis = rank - 3; axis >= 0; axis--) {
            if (x.size(axis) > 1 && x.stride(axis) != x.size(axis + 1) * x.stride(axis + 1)) {
                return -1;
            }
        }
        return stride;
    }
}
