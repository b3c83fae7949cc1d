package org.seq4j.nn.rnn;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.transforms.strict.Tanh;
import org.nd4j.linalg.factory.Nd4j;
import org.seq4j.nn.linalg.Gemm;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * LSTM step: {@code [i f g o] = x Wx + h Wr + b}, {@code c' = σ(f)c + σ(i)tanh(g)},
 * {@code h' = σ(o)tanh(c')}. Gate order i, f, g, o as in PyTorch and libnd4j; the forget-gate bias
 * starts at 1 so early training does not forget.
 *
 * <p>Backward multiplies the gradient w.r.t. gate activations by derivative factors computed for
 * all steps in two whole-sequence operations ({@code σ(1-σ)}, {@code 1-tanh²}) before the loop, so a
 * step is ten small ND4J calls plus the {@code dG W_r^T} gemm.
 */
final class LstmKernel extends CellKernel {
    private static final int HIDDEN = 0;
    private static final int CELL = 1;
    private static final double FORGET_BIAS = 1.0;

    LstmKernel(String name, int inputSize, int hiddenSize, DataType dataType, long seed) {
        super(CellType.LSTM, name, inputSize, hiddenSize, dataType, seed);
        RowBlocks.columns(bias.value(), hiddenSize, 2L * hiddenSize).assign(FORGET_BIAS);
    }

    /** Extra buffers: gate column views, tanh of the cell state, and backward factors. */
    static final class Trace extends CellTrace {
        final INDArray[] inGate;
        final INDArray[] forgetGate;
        final INDArray[] candidate;
        final INDArray[] outGate;
        final INDArray[] sigmoidBlocksLeft;
        final INDArray cellTanh;
        final INDArray[] cellTanhSteps;
        INDArray[] gateFactorSteps;
        INDArray[] cellTanhFactorSteps;
        INDArray[] dIn;
        INDArray[] dForget;
        INDArray[] dCandidate;
        INDArray[] dOut;

        Trace(INDArray input, INDArray gates, SequenceMask mask, int h) {
            super(input, gates, mask, h, 2);
            inGate = RowBlocks.columns(gateSteps, 0, h);
            forgetGate = RowBlocks.columns(gateSteps, h, 2L * h);
            candidate = RowBlocks.columns(gateSteps, 2L * h, 3L * h);
            outGate = RowBlocks.columns(gateSteps, 3L * h, 4L * h);
            sigmoidBlocksLeft = RowBlocks.columns(gateSteps, 0, 2L * h);
            cellTanh = Nd4j.createUninitialized(dataType, (long) time * batch, h);
            cellTanhSteps = RowBlocks.of(cellTanh, time, batch);
        }
    }

    @Override
    CellTrace newTrace(INDArray input, INDArray gates, SequenceMask mask) {
        return new Trace(input, gates, mask, hiddenSize);
    }

    @Override
    void forwardStep(CellTrace trace, int t, int previous, int current) {
        Trace tr = (Trace) trace;
        INDArray c = tr.states[CELL][current];
        Gemm.gemm(tr.states[HIDDEN][previous], recurrentWeights.value(), tr.gateSteps[t], false, false, 1.0, 1.0);
        Transforms.sigmoid(tr.sigmoidBlocksLeft[t], false);
        Transforms.tanh(tr.candidate[t], false);
        Transforms.sigmoid(tr.outGate[t], false);
        tr.forgetGate[t].mul(tr.states[CELL][previous], c);
        tr.inGate[t].mul(tr.candidate[t], tr.scratch);
        c.addi(tr.scratch);
        Nd4j.exec(new Tanh(c, tr.cellTanhSteps[t]));
        tr.outGate[t].mul(tr.cellTanhSteps[t], tr.states[HIDDEN][current]);
    }

    @Override
    void prepareBackward(CellTrace trace) {
        Trace tr = (Trace) trace;
        int h = hiddenSize;
        tr.allocateSharedGateGradient();
        INDArray gateFactor = tr.gates.rsub(1.0).muli(tr.gates);
        INDArray candidates = RowBlocks.columns(tr.gates, 2L * h, 3L * h);
        RowBlocks.columns(gateFactor, 2L * h, 3L * h).assign(candidates.mul(candidates).rsubi(1.0));
        tr.gateFactorSteps = RowBlocks.of(gateFactor, tr.time, tr.batch);
        INDArray cellTanhFactor = tr.cellTanh.mul(tr.cellTanh).rsubi(1.0);
        tr.cellTanhFactorSteps = RowBlocks.of(cellTanhFactor, tr.time, tr.batch);
        INDArray[] d = tr.inputGateGradientSteps;
        tr.dIn = RowBlocks.columns(d, 0, h);
        tr.dForget = RowBlocks.columns(d, h, 2L * h);
        tr.dCandidate = RowBlocks.columns(d, 2L * h, 3L * h);
        tr.dOut = RowBlocks.columns(d, 3L * h, 4L * h);
    }

    @Override
    void backwardStep(CellTrace trace, int t, int previous, int current, INDArray[] stateGradient) {
        Trace tr = (Trace) trace;
        INDArray dh = stateGradient[HIDDEN];
        INDArray dc = stateGradient[CELL];
        dh.mul(tr.cellTanhSteps[t], tr.dOut[t]);
        dh.mul(tr.outGate[t], tr.scratch);
        tr.scratch.muli(tr.cellTanhFactorSteps[t]);
        dc.addi(tr.scratch);
        dc.mul(tr.candidate[t], tr.dIn[t]);
        dc.mul(tr.states[CELL][previous], tr.dForget[t]);
        dc.mul(tr.inGate[t], tr.dCandidate[t]);
        tr.inputGateGradientSteps[t].muli(tr.gateFactorSteps[t]);
        dc.muli(tr.forgetGate[t]);
        Gemm.gemm(tr.inputGateGradientSteps[t], recurrentWeights.value(), dh, false, true, 1.0, 0.0);
    }
}
