package org.seq4j.nn.rnn;

import java.util.Arrays;
import org.bytedeco.javacpp.FloatPointer;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.shape.Shape;
import org.seq4j.nn.linalg.Gemm;
import org.seq4j.nn.linalg.OffHeapFloats;

/**
 * The time loops of a FLOAT {@link UnidirectionalLayer}: BLAS for every matrix product (the input
 * projection of all steps, one recurrent gemm per step, and after backward's loop the three
 * weight/input gradient gemms), plain Java over {@code float[]} for everything elementwise.
 *
 * <p>Why not ND4J ops: at recurrent-step sizes (a few thousand floats per step) every ND4J call
 * costs 10–40 us of fixed overhead and an LSTM step needs about ten of them forward and as many
 * backward, on strided gate views that make them slower still. A step's elementwise work here is a
 * few {@link FloatLoops} over dense Java arrays that the JIT compiles to SIMD code (about 15 us for
 * a {@code [32, 128]} LSTM step); data crosses between native and Java memory in bulk copies only
 * (a step's gate rows in, its hidden rows out). The bias is written into the projection buffer
 * before the input gemm, which then adds with {@code beta = 1}. The result is the same arithmetic
 * as the {@link CellKernel} ND4J implementation, up to float rounding of tanh and sigmoid
 * ({@link org.seq4j.nn.linalg.FloatActivations}) and of the summation order; DOUBLE layers keep the
 * ND4J path, which the finite-difference gradient checks verify, and tests hold this path to it.
 *
 * <p>Measured with {@code seq4j bench tagger} (2-layer BiLSTM, batch 32, 25 steps): inference
 * 9,300 tokens/s with the ND4J kernels (quiet machine) against 27,000-36,000 with these loops (load
 * 2-3); a pass is now about 80% gemm time.
 *
 * <p>Stateless apart from the layer's parameters; buffers belong to the pass (inference passes
 * borrow per-thread scratch, see {@link NativeScratch} and {@link HeapScratch}).
 */
final class FloatRecurrence {
    private final CellKernel kernel;
    private final FloatCell cell;
    private final Direction direction;

    FloatRecurrence(CellKernel kernel, Direction direction) {
        this.kernel = kernel;
        this.cell = FloatCell.create(kernel);
        this.direction = direction;
    }

    /** True when {@code kernel} is FLOAT with dense row-major parameters, as the host loops address them. */
    static boolean supports(CellKernel kernel) {
        if (kernel.dataType != DataType.FLOAT) {
            return false;
        }
        for (var p : kernel.parameters.list()) {
            if (!dense(p.value()) || !dense(p.gradient())) {
                return false;
            }
        }
        return true;
    }

    private static boolean dense(INDArray x) {
        return x.dataType() == DataType.FLOAT && x.ordering() == 'c' && !x.isView();
    }

    /**
     * Runs the layer over {@code input [time, batch, in]}, writing step outputs into {@code output}
     * ({@code time*batch} rows of {@code outputWidth}, columns from {@code outputColumn}; padded rows
     * are left untouched, i.e. zero in a new array).
     */
    FloatTrace forward(INDArray input, SequenceMask mask, RecurrentState initial, boolean training, float[] output,
            int outputWidth, int outputColumn) {
        int time = mask.time();
        int batch = mask.batch();
        INDArray x = input.reshape('c', (long) time * batch, kernel.inputSize);
        if (x.ordering() != 'c' || !Shape.hasDefaultStridesForShape(x)) {
            x = x.dup('c');
        }
        FloatTrace tr = new FloatTrace(kernel, x, mask, training, cell.workArrays(), cell.extraBlocks(), output,
                outputWidth, outputColumn);
        float[] biasRows = FloatTrace.repeatRows(OffHeapFloats.toHeap(kernel.bias.value()), batch, tr.gateWidth, 0);
        for (int t = 0; t < time; t++) {
            OffHeapFloats.write(biasRows, 0, tr.projectedPointer, tr.projectedOffset(t), biasRows.length);
        }
        Gemm.sgemm(false, false, time * batch, tr.gateWidth, kernel.inputSize, 1f, OffHeapFloats.pointer(x), 0,
                kernel.inputSize, OffHeapFloats.pointer(kernel.inputWeights.value()), 0, tr.gateWidth, 1f,
                tr.projectedPointer, 0, tr.gateWidth);
        return run(tr, initial);
    }

    /**
     * {@code b + fixed W_x[from:from+k]} for the {@code k} input columns of {@code fixed [rows, k]}
     * starting at column {@code from}, as {@code rows * G*H} floats: the part of a decoder step's input
     * projection that a {@link FixedInput} computes once per decoding run.
     */
    float[] fixedProjection(INDArray fixed, int from) {
        int rows = (int) fixed.size(0);
        int k = (int) fixed.size(1);
        int gateWidth = kernel.type.gateCount() * kernel.hiddenSize;
        INDArray x = contiguous(fixed);
        INDArray projection = OffHeapFloats.toArray(
                FloatTrace.repeatRows(OffHeapFloats.toHeap(kernel.bias.value()), rows, gateWidth, 0), rows, gateWidth);
        Gemm.sgemm(false, false, rows, gateWidth, k, 1f, OffHeapFloats.pointer(x), 0, k,
                OffHeapFloats.pointer(kernel.inputWeights.value()), (long) from * gateWidth, gateWidth, 1f,
                OffHeapFloats.pointer(projection), 0, gateWidth);
        float[] values = OffHeapFloats.toHeap(projection);
        projection.close();
        return values;
    }

    /**
     * One inference step whose input is {@code varying [batch, in - k]} with the {@code k} columns of
     * {@code fixed} inserted at {@link FixedInput#from()}: the fixed projection (bias included) is
     * copied into the step's projection rows, then the varying columns before and after the fixed
     * block add theirs with one gemm each.
     */
    FloatTrace step(INDArray varying, FixedInput fixed, RecurrentState initial) {
        int batch = (int) varying.size(0);
        int width = (int) varying.size(1);
        INDArray x = contiguous(varying);
        SequenceMask noPadding = SequenceMask.of(null, 1, batch, DataType.FLOAT);
        FloatTrace tr = new FloatTrace(kernel, x, noPadding, false, cell.workArrays(), cell.extraBlocks(), null, 0, 0);
        float[] projection = fixed.projection();
        OffHeapFloats.write(projection, 0, tr.projectedPointer, 0, projection.length);
        FloatPointer xPointer = OffHeapFloats.pointer(x);
        FloatPointer weights = OffHeapFloats.pointer(kernel.inputWeights.value());
        int before = fixed.from();
        int after = kernel.inputSize - fixed.to();
        if (before > 0) {
            Gemm.sgemm(false, false, batch, tr.gateWidth, before, 1f, xPointer, 0, width, weights, 0, tr.gateWidth,
                    1f, tr.projectedPointer, 0, tr.gateWidth);
        }
        if (after > 0) {
            Gemm.sgemm(false, false, batch, tr.gateWidth, after, 1f, xPointer, before, width, weights,
                    (long) fixed.to() * tr.gateWidth, tr.gateWidth, 1f, tr.projectedPointer, 0, tr.gateWidth);
        }
        return run(tr, initial);
    }

    private static INDArray contiguous(INDArray x) {
        return x.ordering() == 'c' && Shape.hasDefaultStridesForShape(x) ? x : x.dup('c');
    }

    /** The time loop over a trace whose projection rows hold {@code b + x W_x} of every step. */
    private FloatTrace run(FloatTrace tr, RecurrentState initial) {
        int time = tr.time;
        int initialSlot = SlotOrder.initialSlot(direction, time);
        if (initial != null) {
            for (int c = 0; c < tr.states.length; c++) {
                float[] values = OffHeapFloats.toHeap(initial.component(c));
                System.arraycopy(values, 0, tr.states[c], tr.slotOffset(initialSlot), values.length);
            }
        }
        tr.publishHidden(initialSlot);
        cell.beforeLoop(tr);
        FloatPointer recurrentWeights = OffHeapFloats.pointer(kernel.recurrentWeights.value());
        for (int s = 0; s < time; s++) {
            int t = SlotOrder.timeOfStep(direction, s, time);
            cell.forwardStep(tr, recurrentWeights, t, SlotOrder.previousSlot(direction, t),
                    SlotOrder.currentSlot(direction, t));
        }
        return tr;
    }

    /** The state after each sequence's last real step, as new {@code [batch, H]} arrays. */
    RecurrentState finalState(FloatTrace tr) {
        int offset = tr.slotOffset(SlotOrder.finalSlot(direction, tr.time));
        int length = tr.size;
        INDArray[] components = new INDArray[tr.states.length];
        for (int c = 0; c < components.length; c++) {
            components[c] = OffHeapFloats.toArray(Arrays.copyOfRange(tr.states[c], offset, offset + length), tr.batch,
                    tr.hidden);
        }
        return RecurrentState.ofComponents(components);
    }

    /**
     * Back-propagates a training pass through the time loop: {@code outputGradient} holds
     * dL/d(output) as {@code time*batch} rows of {@code width}, this layer's from {@code column}.
     * Adds the parameter gradients and returns the buffers holding the gate gradients (for
     * {@link #addInputGradient}) and dL/d(initial state) (for {@link #initialStateGradient}).
     */
    FloatGradientBuffers backward(FloatTrace tr, float[] outputGradient, int width, int column,
            RecurrentState finalStateGradient) {
        tr.checkNotReleased();
        float[][] state = new float[tr.states.length][];
        for (int c = 0; c < state.length; c++) {
            state[c] = finalStateGradient == null ? new float[tr.size] : OffHeapFloats.toHeap(finalStateGradient.component(c));
        }
        FloatGradientBuffers g = new FloatGradientBuffers(tr, cell.separateRecurrentGradient(), state, outputGradient,
                width, column);
        FloatPointer recurrentWeights = OffHeapFloats.pointer(kernel.recurrentWeights.value());
        for (int s = tr.time - 1; s >= 0; s--) {
            int t = SlotOrder.timeOfStep(direction, s, tr.time);
            addOutputGradient(tr, g, t);
            cell.backwardStep(tr, g, recurrentWeights, t, SlotOrder.previousSlot(direction, t),
                    SlotOrder.currentSlot(direction, t));
        }
        accumulateParameterGradients(tr, g);
        return g;
    }

    /** Writes dL/d(input) {@code [time*batch, in]} into {@code target}, adding to it when {@code accumulate}. */
    void addInputGradient(FloatGradientBuffers g, INDArray target, boolean accumulate) {
        Gemm.gemm(g.gateGradient, kernel.inputWeights.value(), target, false, true, 1.0, accumulate ? 1.0 : 0.0);
    }

    /** Frees the native buffers of a finished backward pass and its forward trace. */
    static void release(FloatTrace tr, FloatGradientBuffers g) {
        g.release();
        tr.release();
    }

    /** dL/d(initial state) after {@link #backward}, as new {@code [batch, H]} arrays. */
    RecurrentState initialStateGradient(FloatTrace tr, FloatGradientBuffers g) {
        INDArray[] components = new INDArray[g.state.length];
        for (int c = 0; c < components.length; c++) {
            components[c] = OffHeapFloats.toArray(g.state[c], tr.batch, tr.hidden);
        }
        return RecurrentState.ofComponents(components);
    }

    /** dL/d(hidden) of the real rows gains the step's output gradient (gathered densely, then one vector add). */
    private static void addOutputGradient(FloatTrace tr, FloatGradientBuffers g, int t) {
        float[] rows = g.product;
        int h = tr.hidden;
        for (int b = 0; b < tr.batch; b++) {
            if (tr.mask.paddedAt(t, b)) {
                Arrays.fill(rows, b * h, (b + 1) * h, 0f);
            } else {
                System.arraycopy(g.output, (t * tr.batch + b) * g.outputWidth + g.outputColumn, rows, b * h, h);
            }
        }
        FloatLoops.addTo(tr.size, g.state[0], rows);
    }

    private void accumulateParameterGradients(FloatTrace tr, FloatGradientBuffers g) {
        Gemm.gemm(tr.input, g.gateGradient, kernel.inputWeights.gradient(), true, false, 1.0, 1.0);
        int previousFirst = SlotOrder.previousFirstSlot(direction);
        Gemm.sgemm(true, false, tr.hidden, tr.gateWidth, tr.time * tr.batch, 1f, tr.hiddenPointer,
                (long) previousFirst * tr.batch * tr.hidden, tr.hidden, g.recurrentGradientPointer, 0, tr.gateWidth, 1f,
                OffHeapFloats.pointer(kernel.recurrentWeights.gradient()), 0, tr.gateWidth);
        Gemm.addColumnSums(g.gateGradient, kernel.bias.gradient());
        cell.accumulateExtraGradients(tr, g);
    }
}
