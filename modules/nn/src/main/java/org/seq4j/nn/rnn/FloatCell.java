package org.seq4j.nn.rnn;

import org.bytedeco.javacpp.FloatPointer;
import org.seq4j.nn.linalg.Gemm;

/**
 * The per-cell arithmetic of one time step for FLOAT layers, on {@link FloatTrace} buffers: the
 * step's recurrent gemm through BLAS, then a few {@link FloatLoops} over dense {@code [batch, H]}
 * arrays (the nonlinearities of {@link org.seq4j.nn.linalg.FloatActivations}, the state update).
 * The {@link CellKernel} subclasses are the reference implementation of the same arithmetic in
 * ND4J ops, for any data type; tests hold the two to the same results.
 *
 * <p>Padded rows are computed like the others and then overwritten: the state is carried and the
 * output left zero (forward), the gate gradients zeroed and the state gradient carried (backward).
 */
abstract class FloatCell {
    final CellKernel kernel;

    FloatCell(CellKernel kernel) {
        this.kernel = kernel;
    }

    static FloatCell create(CellKernel kernel) {
        return switch (kernel.type) {
            case LSTM -> new FloatLstmCell(kernel);
            case GRU -> new FloatGruCell((GruKernel) kernel);
            case RNN -> new FloatTanhRnnCell(kernel);
        };
    }

    /** Dense scratch arrays the cell needs in {@link FloatTrace#work}. */
    abstract int workArrays();

    /** Dense arrays per step the cell keeps for backward besides the gate activations. */
    abstract int extraBlocks();

    /** True when the recurrent projection has its own gradient (GRU). */
    boolean separateRecurrentGradient() {
        return false;
    }

    /** Hook before the time loop, e.g. for extra buffers. */
    void beforeLoop(FloatTrace trace) {
    }

    /** Step t: reads slot {@code previous}, writes slot {@code current} (Java and native) and the output rows. */
    abstract void forwardStep(FloatTrace trace, FloatPointer recurrentWeights, int t, int previous, int current);

    /**
     * Step t backward: {@code g.state} holds dL/d(state of slot current); publishes the step's gate
     * gradients and leaves dL/d(state of slot previous) in {@code g.state}.
     */
    abstract void backwardStep(FloatTrace trace, FloatGradientBuffers g, FloatPointer recurrentWeights, int t,
            int previous, int current);

    /** Hook after the loop for parameters beyond Wx, Wr, b. */
    void accumulateExtraGradients(FloatTrace trace, FloatGradientBuffers g) {
    }

    /**
     * Adds {@code h_prev W_r} onto step t's input projection (LSTM, RNN), then gathers the sums gate
     * by gate into {@link FloatTrace#gates}.
     */
    static void addRecurrentProjection(FloatTrace trace, FloatPointer recurrentWeights, int t, int previous) {
        Gemm.sgemm(false, false, trace.batch, trace.gateWidth, trace.hidden, 1f, trace.hiddenPointer,
                trace.slotOffset(previous), trace.hidden, recurrentWeights, 0, trace.gateWidth, 1f,
                trace.projectedPointer, trace.projectedOffset(t), trace.gateWidth);
        trace.gatherProjected(t);
    }

    /** dL/d(previous hidden) of the real rows becomes the step's {@code dR W_r^T} product (plus what is already there when {@code add}). */
    static void takeProduct(FloatTrace trace, FloatGradientBuffers g, boolean add) {
        if (add) {
            FloatLoops.addTo(trace.size, g.state[0], g.product);
        } else {
            System.arraycopy(g.product, 0, g.state[0], 0, trace.size);
        }
    }
}
