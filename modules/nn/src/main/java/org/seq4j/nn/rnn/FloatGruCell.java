package org.seq4j.nn.rnn;

import org.bytedeco.javacpp.FloatPointer;
import org.seq4j.nn.linalg.Gemm;
import org.seq4j.nn.linalg.OffHeapFloats;

/**
 * {@link GruKernel}'s step on dense arrays. The recurrent product {@code h W_r} goes to its own
 * native {@code [batch, 3H]} buffer (the reset gate multiplies its candidate block):
 * {@code r, z = σ(x W_x + b + h W_r)}, {@code q = h W_hn + b_hn} (kept for backward),
 * {@code n = tanh(x W_xn + b_n + r q)}, {@code h' = n + z (h - n)}.
 */
final class FloatGruCell extends FloatCell {
    private static final int HIDDEN = 0;
    private static final int RESET = 0;
    private static final int UPDATE = 1;
    private static final int CANDIDATE = 2;
    // work arrays: the recurrent projection's three blocks, then scratch
    private static final int RECURRENT_CANDIDATE = 2;
    private static final int PREVIOUS_HIDDEN = 3;
    private static final int NEW_HIDDEN = 4;
    private static final int TEMP = 5;
    private static final int WORK_ARRAYS = 6;

    private final GruKernel gru;

    FloatGruCell(GruKernel kernel) {
        super(kernel);
        this.gru = kernel;
    }

    @Override
    int workArrays() {
        return WORK_ARRAYS;
    }

    @Override
    int extraBlocks() {
        return 1;
    }

    @Override
    boolean separateRecurrentGradient() {
        return true;
    }

    @Override
    void beforeLoop(FloatTrace tr) {
        NativeScratch.Buffer buffer = tr.nativeBuffer(NativeScratch.RECURRENT, (long) tr.batch * tr.gateWidth);
        tr.recurrentProjection = buffer.array();
        tr.recurrentPointer = buffer.pointer();
        tr.recurrentBiasRows = FloatTrace.repeatRows(OffHeapFloats.toHeap(gru.recurrentCandidateBias().value()),
                tr.batch, tr.gateWidth, 2 * tr.hidden);
    }

    @Override
    void forwardStep(FloatTrace tr, FloatPointer recurrentWeights, int t, int previous, int current) {
        int n = tr.size;
        float[][] g = tr.gates;
        float[][] w = tr.work;
        OffHeapFloats.write(tr.recurrentBiasRows, 0, tr.recurrentPointer, 0, tr.recurrentBiasRows.length);
        Gemm.sgemm(false, false, tr.batch, tr.gateWidth, tr.hidden, 1f, tr.hiddenPointer, tr.slotOffset(previous),
                tr.hidden, recurrentWeights, 0, tr.gateWidth, 1f, tr.recurrentPointer, 0, tr.gateWidth);
        OffHeapFloats.read(tr.recurrentPointer, 0, tr.rows, 0, tr.rows.length);
        for (int q = 0; q < tr.gateCount; q++) {
            FloatLoops.gatherBlock(tr.rows, tr.batch, tr.gateWidth, q, tr.hidden, w[q]);
        }
        tr.gatherProjected(t);
        FloatLoops.sigmoidPlus(n, g[RESET], w[RESET]);
        FloatLoops.sigmoidPlus(n, g[UPDATE], w[UPDATE]);
        FloatLoops.multiply(n, g[RESET], w[RECURRENT_CANDIDATE], w[TEMP]);
        FloatLoops.addTo(n, g[CANDIDATE], w[TEMP]);
        FloatLoops.tanh(n, g[CANDIDATE], g[CANDIDATE]);
        tr.readState(HIDDEN, previous, w[PREVIOUS_HIDDEN]);
        FloatLoops.interpolate(n, g[CANDIDATE], g[UPDATE], w[PREVIOUS_HIDDEN], w[NEW_HIDDEN]);
        tr.writeOutput(t, w[NEW_HIDDEN]);
        tr.copyPaddedRows(t, w[PREVIOUS_HIDDEN], w[NEW_HIDDEN]);
        tr.writeState(HIDDEN, current, w[NEW_HIDDEN]);
        tr.keep(t, w[RECURRENT_CANDIDATE]);
    }

    @Override
    void backwardStep(FloatTrace tr, FloatGradientBuffers grad, FloatPointer recurrentWeights, int t, int previous,
            int current) {
        int n = tr.size;
        float[][] g = tr.gates;
        float[][] w = tr.work;
        float[][] d = grad.gateGradients;
        float[][] dr = grad.recurrentGradients;
        float[] dh = grad.state[HIDDEN];
        float[] temp = w[TEMP];
        tr.restore(t, w[RECURRENT_CANDIDATE]);
        tr.readState(HIDDEN, previous, w[PREVIOUS_HIDDEN]);
        grad.carry(tr, t);
        FloatLoops.timesOneMinus(n, dh, g[UPDATE], temp);
        FloatLoops.timesTanhSlope(n, temp, g[CANDIDATE], d[CANDIDATE]);
        FloatLoops.subtract(n, w[PREVIOUS_HIDDEN], g[CANDIDATE], temp);
        FloatLoops.multiply(n, dh, temp, temp);
        FloatLoops.timesSigmoidSlope(n, temp, g[UPDATE], d[UPDATE]);
        FloatLoops.multiply(n, d[CANDIDATE], w[RECURRENT_CANDIDATE], temp);
        FloatLoops.timesSigmoidSlope(n, temp, g[RESET], d[RESET]);
        System.arraycopy(d[RESET], 0, dr[RESET], 0, n);
        System.arraycopy(d[UPDATE], 0, dr[UPDATE], 0, n);
        FloatLoops.multiply(n, d[CANDIDATE], g[RESET], dr[CANDIDATE]);
        FloatLoops.multiply(n, dh, g[UPDATE], dh);
        grad.publishAndMultiply(tr, recurrentWeights, t);
        takeProduct(tr, grad, true);
        grad.restoreCarried(tr, t);
    }

    @Override
    void accumulateExtraGradients(FloatTrace tr, FloatGradientBuffers grad) {
        Gemm.addColumnSums(RowBlocks.columns(grad.recurrentGradient, 2L * tr.hidden, 3L * tr.hidden),
                gru.recurrentCandidateBias().gradient());
    }
}
