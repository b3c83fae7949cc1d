package org.seq4j.nn.rnn;

import org.bytedeco.javacpp.FloatPointer;

/** {@link TanhRnnKernel}'s step on dense arrays: {@code h' = tanh(x W_x + h W_r + b)}, kept as the activation. */
final class FloatTanhRnnCell extends FloatCell {
    private static final int HIDDEN = 0;
    private static final int PREVIOUS_HIDDEN = 0;

    FloatTanhRnnCell(CellKernel kernel) {
        super(kernel);
    }

    @Override
    int workArrays() {
        return 1;
    }

    @Override
    int extraBlocks() {
        return 0;
    }

    @Override
    void forwardStep(FloatTrace tr, FloatPointer recurrentWeights, int t, int previous, int current) {
        addRecurrentProjection(tr, recurrentWeights, t, previous);
        float[] h = tr.gates[0];
        FloatLoops.tanh(tr.size, h, h);
        tr.writeOutput(t, h);
        tr.keep(t);
        if (tr.mask.paddedAt(t)) {
            tr.readState(HIDDEN, previous, tr.work[PREVIOUS_HIDDEN]);
            tr.copyPaddedRows(t, tr.work[PREVIOUS_HIDDEN], h);
        }
        tr.writeState(HIDDEN, current, h);
    }

    @Override
    void backwardStep(FloatTrace tr, FloatGradientBuffers grad, FloatPointer recurrentWeights, int t, int previous,
            int current) {
        tr.restore(t);
        grad.carry(tr, t);
        FloatLoops.timesTanhSlope(tr.size, grad.state[HIDDEN], tr.gates[0], grad.gateGradients[0]);
        grad.publishAndMultiply(tr, recurrentWeights, t);
        takeProduct(tr, grad, false);
        grad.restoreCarried(tr, t);
    }
}
