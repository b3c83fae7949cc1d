package org.seq4j.nn.rnn;

import org.bytedeco.javacpp.FloatPointer;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.seq4j.nn.linalg.Gemm;
import org.seq4j.nn.linalg.OffHeapFloats;

/**
 * Buffers of one FLOAT backward pass ({@link FloatRecurrence#backward}). Gate gradients of every
 * step are gathered in native {@code [time*batch, G*H]} matrices so the weight, bias and input
 * gradients are one gemm each after the loop; a step computes dense per-gate gradients in
 * {@link #gateGradients} and publishes them, interleaved into rows, for its {@code dG W_r^T} gemm.
 */
final class FloatGradientBuffers {
    /** dL/d(gate pre-activations) of the input projection, native. */
    final INDArray gateGradient;
    final FloatPointer gateGradientPointer;
    /** dL/d(recurrent projection {@code h W_r}); the same array except for GRU. */
    final INDArray recurrentGradient;
    final FloatPointer recurrentGradientPointer;
    /** One step's gate gradients, dense per gate, for the input projection and (GRU) the recurrent one. */
    final float[][] gateGradients;
    final float[][] recurrentGradients;
    /** One step's rows of {@link #gateGradient} (and of {@link #recurrentGradient} when separate). */
    final float[] rows;
    /** Native {@code [batch, H]} target of the step's {@code dR W_r^T} gemm, and its Java copy. */
    final FloatPointer productPointer;
    final float[] product;
    /** dL/d(state) per component, dense: of the current slot before a step, of the previous after. */
    final float[][] state;
    /** A padded step's incoming state gradients, carried past it for the padded rows. */
    final float[][] carried;
    /** dL/d(output), {@code time*batch} rows of {@code outputWidth}; this pass reads columns from {@code outputColumn}. */
    final float[] output;
    final int outputWidth;
    final int outputColumn;
    private final INDArray productArray;

    FloatGradientBuffers(FloatTrace trace, boolean separateRecurrent, float[][] state, float[] output, int outputWidth,
            int outputColumn) {
        long rowCount = (long) trace.time * trace.batch;
        this.gateGradient = Nd4j.createUninitialized(DataType.FLOAT, rowCount, trace.gateWidth);
        this.gateGradientPointer = OffHeapFloats.pointer(gateGradient);
        this.gateGradients = new float[trace.gateCount][trace.size];
        if (separateRecurrent) {
            this.recurrentGradient = Nd4j.createUninitialized(DataType.FLOAT, rowCount, trace.gateWidth);
            this.recurrentGradientPointer = OffHeapFloats.pointer(recurrentGradient);
            this.recurrentGradients = new float[trace.gateCount][trace.size];
        } else {
            this.recurrentGradient = gateGradient;
            this.recurrentGradientPointer = gateGradientPointer;
            this.recurrentGradients = gateGradients;
        }
        this.rows = new float[trace.batch * trace.gateWidth];
        this.productArray = Nd4j.createUninitialized(DataType.FLOAT, trace.batch, trace.hidden);
        this.productPointer = OffHeapFloats.pointer(productArray);
        this.product = new float[trace.size];
        this.state = state;
        this.carried = new float[state.length][trace.size];
        this.output = output;
        this.outputWidth = outputWidth;
        this.outputColumn = outputColumn;
    }

    /** Frees the native buffers (see {@link FloatTrace#release}); call after the input gradient is taken. */
    void release() {
        gateGradient.close();
        if (recurrentGradient != gateGradient) {
            recurrentGradient.close();
        }
        productArray.close();
    }

    /** Before a padded step: remembers the incoming state gradients (padded rows carry them unchanged). */
    void carry(FloatTrace trace, int t) {
        if (trace.mask.paddedAt(t)) {
            for (int c = 0; c < state.length; c++) {
                System.arraycopy(state[c], 0, carried[c], 0, trace.size);
            }
        }
    }

    /** After a padded step: puts the carried state gradients back into the padded rows. */
    void restoreCarried(FloatTrace trace, int t) {
        for (int c = 0; c < state.length; c++) {
            trace.copyPaddedRows(t, carried[c], state[c]);
        }
    }

    /**
     * Zeroes padded rows, publishes step t's gate gradients (and the recurrent ones when separate)
     * to native memory as rows, and leaves {@code dR_t W_r^T} in {@link #product}.
     */
    void publishAndMultiply(FloatTrace trace, FloatPointer recurrentWeights, int t) {
        long offset = trace.projectedOffset(t);
        trace.zeroPaddedRows(t, gateGradients);
        publish(trace, gateGradients, gateGradientPointer, offset);
        if (recurrentGradients != gateGradients) {
            trace.zeroPaddedRows(t, recurrentGradients);
            publish(trace, recurrentGradients, recurrentGradientPointer, offset);
        }
        Gemm.sgemm(false, true, trace.batch, trace.hidden, trace.gateWidth, 1f, recurrentGradientPointer, offset,
                trace.gateWidth, recurrentWeights, 0, trace.gateWidth, 0f, productPointer, 0, trace.hidden);
        OffHeapFloats.read(productPointer, 0, product, 0, product.length);
    }

    private void publish(FloatTrace trace, float[][] dense, FloatPointer target, long offset) {
        for (int q = 0; q < dense.length; q++) {
            FloatLoops.scatterBlock(dense[q], trace.batch, trace.gateWidth, q, trace.hidden, rows);
        }
        OffHeapFloats.write(rows, 0, target, offset, rows.length);
    }
}
