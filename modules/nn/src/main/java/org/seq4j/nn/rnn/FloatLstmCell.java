package org.seq4j.nn.rnn;

import org.bytedeco.javacpp.FloatPointer;

/**
 * {@link LstmKernel}'s step on dense arrays: {@code i, f = σ}, {@code g = tanh}, {@code o = σ} of
 * the pre-activations plus bias, {@code c' = f c + i g}, {@code h' = o tanh(c')}; tanh(c') is kept
 * for backward.
 */
final class FloatLstmCell extends FloatCell {
    private static final int HIDDEN = 0;
    private static final int CELL = 1;
    private static final int IN = 0;
    private static final int FORGET = 1;
    private static final int CANDIDATE = 2;
    private static final int OUT = 3;
    // work arrays
    private static final int PREVIOUS_CELL = 0;
    private static final int NEW_CELL = 1;
    private static final int CELL_TANH = 2;
    private static final int NEW_HIDDEN = 3;
    private static final int TEMP = 4;
    private static final int WORK_ARRAYS = 5;

    FloatLstmCell(CellKernel kernel) {
        super(kernel);
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
    void forwardStep(FloatTrace tr, FloatPointer recurrentWeights, int t, int previous, int current) {
        addRecurrentProjection(tr, recurrentWeights, t, previous);
        int n = tr.size;
        float[][] g = tr.gates;
        float[][] w = tr.work;
        FloatLoops.sigmoid(n, g[IN]);
        FloatLoops.sigmoid(n, g[FORGET]);
        FloatLoops.tanh(n, g[CANDIDATE], g[CANDIDATE]);
        FloatLoops.sigmoid(n, g[OUT]);
        tr.readState(CELL, previous, w[PREVIOUS_CELL]);
        FloatLoops.multiplyAdd(n, g[FORGET], w[PREVIOUS_CELL], g[IN], g[CANDIDATE], w[NEW_CELL]);
        FloatLoops.tanh(n, w[NEW_CELL], w[CELL_TANH]);
        FloatLoops.multiply(n, g[OUT], w[CELL_TANH], w[NEW_HIDDEN]);
        tr.writeOutput(t, w[NEW_HIDDEN]);
        if (tr.mask.paddedAt(t)) {
            tr.copyPaddedRows(t, w[PREVIOUS_CELL], w[NEW_CELL]);
            tr.readState(HIDDEN, previous, w[TEMP]);
            tr.copyPaddedRows(t, w[TEMP], w[NEW_HIDDEN]);
        }
        tr.writeState(CELL, current, w[NEW_CELL]);
        tr.writeState(HIDDEN, current, w[NEW_HIDDEN]);
        tr.keep(t, w[CELL_TANH]);
    }

    @Override
    void backwardStep(FloatTrace tr, FloatGradientBuffers grad, FloatPointer recurrentWeights, int t, int previous,
            int current) {
        int n = tr.size;
        float[][] g = tr.gates;
        float[][] w = tr.work;
        float[][] d = grad.gateGradients;
        float[] dh = grad.state[HIDDEN];
        float[] dc = grad.state[CELL];
        float[] temp = w[TEMP];
        tr.restore(t, w[CELL_TANH]);
        tr.readState(CELL, previous, w[PREVIOUS_CELL]);
        grad.carry(tr, t);
        FloatLoops.multiply(n, dh, w[CELL_TANH], temp);
        FloatLoops.timesSigmoidSlope(n, temp, g[OUT], d[OUT]);
        FloatLoops.multiply(n, dh, g[OUT], temp);
        FloatLoops.timesTanhSlope(n, temp, w[CELL_TANH], temp);
        FloatLoops.addTo(n, dc, temp);
        FloatLoops.multiply(n, dc, g[CANDIDATE], temp);
        FloatLoops.timesSigmoidSlope(n, temp, g[IN], d[IN]);
        FloatLoops.multiply(n, dc, w[PREVIOUS_CELL], temp);
        FloatLoops.timesSigmoidSlope(n, temp, g[FORGET], d[FORGET]);
        FloatLoops.multiply(n, dc, g[IN], temp);
        FloatLoops.timesTanhSlope(n, temp, g[CANDIDATE], d[CANDIDATE]);
        FloatLoops.multiply(n, dc, g[FORGET], dc);
        grad.publishAndMultiply(tr, recurrentWeights, t);
        takeProduct(tr, grad, false);
        grad.restoreCarried(tr, t);
    }
}
