package org.seq4j.nn.rnn;

import org.bytedeco.javacpp.FloatPointer;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.seq4j.nn.linalg.OffHeapFloats;

/**
 * Buffers of one FLOAT recurrent pass run by {@link FloatRecurrence}: what BLAS reads or writes
 * lives in native memory (ND4J arrays addressed by offset), everything only the elementwise step
 * touches lives in Java arrays.
 *
 * <p>Slots follow {@link CellTrace}: {@code time+1} state slots of {@code batch} rows, the forward
 * direction's initial state in slot 0, the reverse direction's in slot {@code time}. A training pass
 * keeps every slot and every step's gate activations and extra values for backward; an inference
 * pass keeps only two state slots (slot {@code s} is stored at {@code s & 1}) and nothing per step.
 *
 * <p>The step's arithmetic runs on dense {@code [batch, H]} scratch arrays ({@link #gates},
 * {@link #work}), gate by gate (see {@link FloatLoops} for why).
 */
final class FloatTrace {
    final int time;
    final int batch;
    final int hidden;
    /** {@code batch * H}: the length of every dense per-step array. */
    final int size;
    final int gateCount;
    /** {@code G*H}: the width of a row of gate pre-activations. */
    final int gateWidth;
    final boolean training;
    final SequenceMask mask;
    /** The input as {@code [time*batch, in]}, read by the weight-gradient gemm. */
    final INDArray input;
    /**
     * {@code [time*batch, G*H]} native, row-major: {@code b + x W_x} of every step, then plus
     * {@code h W_r} step by step. (The arrays keep the memory alive; loops use the pointers.)
     */
    final INDArray projected;
    final FloatPointer projectedPointer;
    /** Native hidden states, {@code [slots*batch, H]} row-major: the recurrent gemm's left operand. */
    final INDArray hiddenStates;
    final FloatPointer hiddenPointer;
    /** Per state component, {@code slots*batch*H} in Java memory. */
    final float[][] states;
    /** One step of gate values, dense per gate: pre-activations in, activations out. */
    final float[][] gates;
    /** Cell scratch, dense {@code [batch, H]} arrays. */
    final float[][] work;
    /** Training: every step's gate activations ({@code G} dense blocks per step) and extra values. */
    final float[] gateStore;
    final float[] extraStore;
    /** One step's rows as native memory holds them, {@code [batch, G*H]}. */
    final float[] rows;
    /** Outputs, {@code time*batch} rows of {@code outputWidth}; this pass writes columns from {@code outputColumn}. */
    final float[] output;
    final int outputWidth;
    final int outputColumn;
    /** GRU only: native {@code [batch, G*H]} target of the step's {@code h W_r} gemm, and {@code [0 0 b_hn]} for every row. */
    INDArray recurrentProjection;
    FloatPointer recurrentPointer;
    float[] recurrentBiasRows;

    FloatTrace(CellKernel kernel, INDArray input, SequenceMask mask, boolean training, int workArrays, int extraBlocks,
            float[] output, int outputWidth, int outputColumn) {
        this.time = mask.time();
        this.batch = mask.batch();
        this.hidden = kernel.hiddenSize;
        this.size = batch * hidden;
        this.gateCount = kernel.type.gateCount();
        this.gateWidth = gateCount * hidden;
        this.training = training;
        this.mask = mask;
        this.input = input;
        int slots = training ? time + 1 : 2;
        NativeScratch.Buffer projectedBuffer = nativeBuffer(NativeScratch.PROJECTED, (long) time * batch * gateWidth);
        this.projected = projectedBuffer.array();
        this.projectedPointer = projectedBuffer.pointer();
        NativeScratch.Buffer hiddenBuffer = nativeBuffer(NativeScratch.HIDDEN, (long) slots * batch * hidden);
        this.hiddenStates = hiddenBuffer.array();
        this.hiddenPointer = hiddenBuffer.pointer();
        this.states = new float[kernel.type.stateComponents()][slots * size];
        this.gates = training ? new float[gateCount][size] : HeapScratch.take(HeapScratch.GATES, gateCount, size);
        this.work = training ? new float[workArrays][size] : HeapScratch.take(HeapScratch.WORK, workArrays, size);
        this.gateStore = training ? new float[time * gateCount * size] : null;
        this.extraStore = training ? new float[time * extraBlocks * size] : null;
        this.rows = training ? new float[batch * gateWidth] : HeapScratch.take(HeapScratch.ROWS, 1, batch * gateWidth)[0];
        this.output = output;
        this.outputWidth = outputWidth;
        this.outputColumn = outputColumn;
    }

    /** {@code row} ({@code width} values, from {@code column}) repeated for {@code rows} rows of {@code width}. */
    static float[] repeatRows(float[] row, int rows, int width, int column) {
        float[] repeated = new float[rows * width];
        for (int r = 0; r < rows; r++) {
            System.arraycopy(row, 0, repeated, r * width + column, row.length);
        }
        return repeated;
    }

    /** True once {@link #release} ran: backward has consumed this pass. */
    private boolean released;

    /**
     * Frees a training pass's native buffers as soon as backward is done with them, like PyTorch
     * freeing a graph after {@code backward()}: a native allocation left to the garbage collector
     * is page-faulted in anew on every pass (measured ~1 ms of CPU per MB), while freed memory is
     * reused by the next allocation. Inference passes use per-thread scratch and free nothing.
     */
    void release() {
        if (training && !released) {
            released = true;
            projected.close();
            hiddenStates.close();
            if (recurrentProjection != null) {
                recurrentProjection.close();
            }
        }
    }

    /** Fails when backward already consumed this pass. */
    void checkNotReleased() {
        if (released) {
            throw new IllegalStateException("a training pass can be back-propagated once; run forward again");
        }
    }

    /** A native buffer that lives as long as this pass: the thread's scratch at inference, fresh in training. */
    NativeScratch.Buffer nativeBuffer(int role, long length) {
        return training ? NativeScratch.allocate(length) : NativeScratch.take(role, length);
    }

    /** Element offset of state slot {@code slot} in {@link #states} and {@link #hiddenStates}. */
    int slotOffset(int slot) {
        return (training ? slot : slot & 1) * size;
    }

    /** Element offset of step {@code t}'s projected rows in {@link #projected}. */
    long projectedOffset(int t) {
        return (long) t * batch * gateWidth;
    }

    /** Copies state component {@code c} of slot {@code slot} into a dense array. */
    void readState(int c, int slot, float[] dense) {
        System.arraycopy(states[c], slotOffset(slot), dense, 0, size);
    }

    /** Stores a dense array as state component {@code c} of slot {@code slot} (and the native copy for hidden). */
    void writeState(int c, int slot, float[] dense) {
        int offset = slotOffset(slot);
        System.arraycopy(dense, 0, states[c], offset, size);
        if (c == 0) {
            OffHeapFloats.write(dense, 0, hiddenPointer, offset, size);
        }
    }

    /** Copies the hidden state of slot {@code slot} from Java memory to the native buffer. */
    void publishHidden(int slot) {
        int offset = slotOffset(slot);
        OffHeapFloats.write(states[0], offset, hiddenPointer, offset, size);
    }

    /** Native step rows of {@link #projected} into {@link #rows}, then gate by gate into {@link #gates}. */
    void gatherProjected(int t) {
        OffHeapFloats.read(projectedPointer, projectedOffset(t), rows, 0, rows.length);
        for (int q = 0; q < gateCount; q++) {
            FloatLoops.gatherBlock(rows, batch, gateWidth, q, hidden, gates[q]);
        }
    }

    /** Writes the real rows of a dense step output {@code h} into {@link #output} (if there is one). */
    void writeOutput(int t, float[] h) {
        if (output == null) {
            return;
        }
        for (int b = 0; b < batch; b++) {
            if (!mask.paddedAt(t, b)) {
                System.arraycopy(h, b * hidden, output, (t * batch + b) * outputWidth + outputColumn, hidden);
            }
        }
    }

    /** In a padded step, copies the padded rows of {@code from} into {@code to}. */
    void copyPaddedRows(int t, float[] from, float[] to) {
        if (mask.paddedAt(t)) {
            for (int b = 0; b < batch; b++) {
                if (mask.paddedAt(t, b)) {
                    System.arraycopy(from, b * hidden, to, b * hidden, hidden);
                }
            }
        }
    }

    /** In a padded step, zeroes the padded rows of each array. */
    void zeroPaddedRows(int t, float[]... arrays) {
        if (mask.paddedAt(t)) {
            for (int b = 0; b < batch; b++) {
                if (mask.paddedAt(t, b)) {
                    for (float[] a : arrays) {
                        java.util.Arrays.fill(a, b * hidden, (b + 1) * hidden, 0f);
                    }
                }
            }
        }
    }

    /** Training: keeps the step's gate activations and {@code extra} dense arrays for backward. */
    void keep(int t, float[]... extra) {
        if (!training) {
            return;
        }
        for (int q = 0; q < gateCount; q++) {
            System.arraycopy(gates[q], 0, gateStore, (t * gateCount + q) * size, size);
        }
        for (int e = 0; e < extra.length; e++) {
            System.arraycopy(extra[e], 0, extraStore, (t * extra.length + e) * size, size);
        }
    }

    /** Backward: the kept gate activations of step t back into {@link #gates} and the extra arrays. */
    void restore(int t, float[]... extra) {
        for (int q = 0; q < gateCount; q++) {
            System.arraycopy(gateStore, (t * gateCount + q) * size, gates[q], 0, size);
        }
        for (int e = 0; e < extra.length; e++) {
            System.arraycopy(extraStore, (t * extra.length + e) * size, extra[e], 0, size);
        }
    }
}
